import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { TChecklistItemDetail } from '@/lib/conditions/queries';
import { getFormat, getT } from '@/lib/i18n/server';

/** Where the due date comes from, since it may be the item's, its condition's or the procedure's. */
function dueSource(item: TChecklistItemDetail): 'item' | 'condition' | 'procedure' {
  if (item.dueOn) return 'item';
  if (item.condition.dueOn) return 'condition';
  return 'procedure';
}

/** What the item is about, who works it and by when. */
export async function ItemOverview({ item }: { item: TChecklistItemDetail }) {
  const { condition } = item;
  const [t, tProcedures, format] = await Promise.all([getT('checklist'), getT('procedures'), getFormat()]);
  return (
    <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-2 text-sm" data-testid="item-overview">
      <dt className="font-medium text-slate-700">{t('overview.condition', { number: condition.number })}</dt>
      <dd>
        <p>{condition.text}</p>
        <p className="mt-1 text-xs text-slate-600">
          {t('overview.chapter', {
            chapter: condition.chapter,
            criterion: condition.criterion,
            status: tProcedures(`conditionStatus.${condition.status}`),
          })}
        </p>
      </dd>
      <dt className="font-medium text-slate-700">{t('overview.certificate')}</dt>
      <dd>
        {item.certificate ? (
          <Link href={`/certificates/${item.certificate.slug}`} className="text-blue-700 hover:underline">
            {item.certificate.name}
          </Link>
        ) : (
          t('overview.allCertificates')
        )}
      </dd>
      {item.course ? (
        <>
          <dt className="font-medium text-slate-700">{t('overview.course')}</dt>
          <dd>{item.course.name}</dd>
        </>
      ) : null}
      <dt className="font-medium text-slate-700">{t('overview.assignedTo')}</dt>
      <dd data-testid="item-assignee">
        {item.assigneeOrganisation.name}
        {item.assigneeUser ? ` · ${item.assigneeUser.name}` : ''}
      </dd>
      <dt className="font-medium text-slate-700">{t('overview.due')}</dt>
      <dd>
        <span className="tabular-nums">{format.date(item.effectiveDueOn)}</span>{' '}
        <span className="text-xs text-slate-600">({t(`overview.dueSource.${dueSource(item)}`)})</span>
      </dd>
      <dt className="font-medium text-slate-700">{t('overview.status')}</dt>
      <dd data-testid="item-status">
        <Badge tone={item.status === 'DONE' ? 'good' : item.status === 'IN_PROGRESS' ? 'info' : 'warning'}>{format.enumValue(item.status)}</Badge>
      </dd>
    </dl>
  );
}
