'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { cn } from '@/lib/utils/cn';

export type TChartDataColumn = { label: string; isNumeric?: boolean };

/**
 * The text alternative of a chart: its figures as a table behind a "Data table" disclosure. The
 * summary is a native <details> control, so keyboard users reach and open it with Tab and Enter
 * or Space; the table is in the server HTML even before the chart has drawn.
 */
export function ChartDataTable({
  caption,
  columns,
  rows,
  testId,
  hasRowHeaders = false,
  className,
}: {
  /** Names the table for screen readers and the summary ("Data table: <caption>"). */
  caption: string;
  columns: readonly TChartDataColumn[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  testId?: string;
  /** The first cell of each row names the row (a <th scope="row">). */
  hasRowHeaders?: boolean;
  className?: string;
}) {
  const t = useTranslations('charts');
  return (
    <details className={cn('mt-2 text-xs', className)}>
      <summary className="cursor-pointer text-slate-600">
        {t('dataTable.summary')}
        <span className="sr-only">: {caption}</span>
      </summary>
      <table className="mt-1 w-full text-left" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cn('pr-2 font-medium', column.isNumeric ? 'text-right' : null)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => {
                const className = cn('pr-2', columns[index]?.isNumeric ? 'text-right tabular-nums' : null);
                const key = columns[index]?.label ?? index;
                return hasRowHeaders && index === 0 ? (
                  <th key={key} scope="row" className={cn(className, 'font-normal')}>
                    {cell}
                  </th>
                ) : (
                  <td key={key} className={className}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
