import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table';
import type { TDueRow } from '@/lib/notifications/list-due';
import { formatDate } from '@/lib/utils/format';
import { DaysLeftBadge } from './days-left-badge';

export function DueTable({ rows }: { rows: TDueRow[] }) {
  return (
    <Table data-testid="due-table">
      <thead>
        <tr>
          <Th>Due date</Th>
          <Th>Days left</Th>
          <Th>What</Th>
          <Th>Certificate</Th>
          <Th>Organisation</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.subjectType}-${row.id}`} data-testid="due-row">
            <Td className="whitespace-nowrap tabular-nums">{formatDate(row.dueOn)}</Td>
            <Td className="whitespace-nowrap">
              <DaysLeftBadge row={row} />
            </Td>
            <Td>
              <Link href={row.href} className="font-medium text-blue-700 hover:underline">
                {row.title}
              </Link>
              <div className="text-xs text-slate-600">
                {row.subjectType === 'measure' ? 'Measure · ' : 'Checklist item · '}
                {row.context}
              </div>
            </Td>
            <Td>{row.certificate?.name ?? <span className="text-slate-600">All certificates of the procedure</span>}</Td>
            <Td>
              {row.organisation.name}
              {row.assigneeName ? <div className="text-xs text-slate-600">{row.assigneeName}</div> : null}
            </Td>
            <Td>{row.statusLabel}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
