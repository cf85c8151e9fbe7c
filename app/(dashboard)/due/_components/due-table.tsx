import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table';
import { getFormat, getT } from '@/lib/i18n/server';
import type { TDueRow } from '@/lib/notifications/list-due';
import { DaysLeftBadge } from './days-left-badge';

export async function DueTable({ rows }: { rows: TDueRow[] }) {
  const [t, format] = await Promise.all([getT('due.table'), getFormat()]);
  return (
    <Table data-testid="due-table">
      <thead>
        <tr>
          <Th>{t('dueDate')}</Th>
          <Th>{t('daysLeft')}</Th>
          <Th>{t('what')}</Th>
          <Th>{t('certificate')}</Th>
          <Th>{t('organisation')}</Th>
          <Th>{t('status')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.subjectType}-${row.id}`} data-testid="due-row">
            <Td className="whitespace-nowrap tabular-nums">{format.date(row.dueOn)}</Td>
            <Td className="whitespace-nowrap">
              <DaysLeftBadge row={row} />
            </Td>
            <Td>
              <Link href={row.href} className="font-medium text-blue-700 hover:underline">
                {row.title}
              </Link>
              <div className="text-xs text-slate-600">
                {row.subjectType === 'measure' ? t('measure') : t('checklistItem')}
                {format.serverMessage(row.context)}
              </div>
            </Td>
            <Td>{row.certificate?.name ?? <span className="text-slate-600">{t('allCertificates')}</span>}</Td>
            <Td>
              {row.organisation.name}
              {row.assigneeName ? <div className="text-xs text-slate-600">{row.assigneeName}</div> : null}
            </Td>
            <Td>{format.serverMessage(row.statusLabel)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
