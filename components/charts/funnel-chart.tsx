'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import { ChartDataTable } from './chart-data-table';
import { ChartFigure } from './chart-figure';

export type TFunnelChartRow = {
  /** Short axis label (the course's position). */
  label: string;
  /** The course's name, for the data table. */
  name: string;
  enrolled: number | null;
  passed: number | null;
  passedAllSoFar: number | null;
};

/**
 * The certificate funnel in course order: enrolled, passed, and passed this course and all before it.
 * The drawing is hidden from assistive technology and kept out of the tab order
 * (`accessibilityLayer={false}`); the figure is named by its caption and its figures are in the data table.
 */
export function FunnelChart({ data, label }: { data: TFunnelChartRow[]; label: string }) {
  const t = useTranslations('charts');
  const format = useFormat();
  const count = (value: number | null) => (value === null ? t('withheld') : format.number(value));
  return (
    <ChartFigure
      label={label}
      heightClass="h-64"
      table={
        <ChartDataTable
          caption={label}
          testId="funnel-table"
          columns={[
            { label: '#' },
            { label: t('funnel.course') },
            { label: t('funnel.enrolled'), isNumeric: true },
            { label: t('funnel.passed'), isNumeric: true },
            { label: t('funnel.passedAll'), isNumeric: true },
          ]}
          rows={data.map((row) => ({ key: row.label, cells: [row.label, row.name, count(row.enrolled), count(row.passed), count(row.passedAllSoFar)] }))}
        />
      }
    >
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} />
        <YAxis allowDecimals={false} width={48} />
        <Tooltip />
        {/* Legend text in the body colour: recharts colours it like its series, too light to read for "Enrolled". */}
        <Legend formatter={(value) => <span className="text-slate-700">{value}</span>} />
        {/* blue-500: at least 3:1 against the white card (WCAG 1.4.11), unlike the lighter blue before. */}
        <Bar dataKey="enrolled" name={t('funnel.enrolled')} fill="#3b82f6" />
        <Bar dataKey="passed" name={t('funnel.passed')} fill="#1d4ed8" />
        <Bar dataKey="passedAllSoFar" name={t('funnel.passedAll')} fill="#0f172a" />
      </BarChart>
    </ChartFigure>
  );
}
