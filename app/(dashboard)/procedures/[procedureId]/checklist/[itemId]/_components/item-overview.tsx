import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { TChecklistItemDetail } from '@/lib/conditions/queries';
import { CONDITION_STATUS_LABEL } from '@/lib/conditions/workflow';
import { formatDate, formatEnum } from '@/lib/utils/format';

/** Where the due date comes from, since it may be the item's, its condition's or the procedure's. */
function dueSource(item: TChecklistItemDetail): string {
  if (item.dueOn) return 'set for this item';
  if (item.condition.dueOn) return "the condition's due date";
  return "the procedure's proof-of-conditions date";
}

/** What the item is about, who works it and by when. */
export function ItemOverview({ item }: { item: TChecklistItemDetail }) {
  const { condition } = item;
  return (
    <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-2 text-sm" data-testid="item-overview">
      <dt className="font-medium text-slate-700">Condition {condition.number}</dt>
      <dd>
        <p>{condition.text}</p>
        <p className="mt-1 text-xs text-slate-600">
          Chapter {condition.chapter} · {condition.criterion} · {CONDITION_STATUS_LABEL[condition.status]}
        </p>
      </dd>
      <dt className="font-medium text-slate-700">Certificate</dt>
      <dd>
        {item.certificate ? (
          <Link href={`/certificates/${item.certificate.slug}`} className="text-blue-700 hover:underline">
            {item.certificate.name}
          </Link>
        ) : (
          'All certificates of the procedure'
        )}
      </dd>
      {item.course ? (
        <>
          <dt className="font-medium text-slate-700">Course</dt>
          <dd>{item.course.name}</dd>
        </>
      ) : null}
      <dt className="font-medium text-slate-700">Assigned to</dt>
      <dd data-testid="item-assignee">
        {item.assigneeOrganisation.name}
        {item.assigneeUser ? ` · ${item.assigneeUser.name}` : ''}
      </dd>
      <dt className="font-medium text-slate-700">Due</dt>
      <dd>
        <span className="tabular-nums">{formatDate(item.effectiveDueOn)}</span> <span className="text-xs text-slate-600">({dueSource(item)})</span>
      </dd>
      <dt className="font-medium text-slate-700">Status</dt>
      <dd data-testid="item-status">
        <Badge tone={item.status === 'DONE' ? 'good' : item.status === 'IN_PROGRESS' ? 'info' : 'warning'}>{formatEnum(item.status)}</Badge>
      </dd>
    </dl>
  );
}
