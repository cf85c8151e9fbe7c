'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { ChartDataTable } from './chart-data-table';
import { ChartFigure } from './chart-figure';

/**
 * Counts per rating value; bars are labelled with their counts, so colour carries no meaning alone.
 * The drawing is hidden from assistive technology and kept out of the tab order; the figure is
 * named by `label` and its counts are in the data table.
 */
export function RatingDistributionChart({ data, label }: { data: { rating: string; n: number }[]; label: string }) {
  const t = useTranslations('charts');
  return (
    <ChartFigure
      label={label}
      heightClass="h-48"
      table={
        <ChartDataTable
          caption={label}
          columns={[{ label: t('rating.rating') }, { label: t('rating.respondents'), isNumeric: true }]}
          rows={data.map((row) => ({ key: row.rating, cells: [row.rating, row.n] }))}
        />
      }
    >
      <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="rating" tickLine={false} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Bar dataKey="n" name={t('rating.respondents')} fill="#1d4ed8">
          <LabelList dataKey="n" position="top" fontSize={11} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
