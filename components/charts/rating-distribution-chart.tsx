'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { ChartDataTable } from './chart-data-table';
import { useHasMounted } from './use-has-mounted';

/**
 * Counts per rating value; bars are labelled with their counts, so colour carries no meaning alone.
 * The drawing is hidden from assistive technology and kept out of the tab order; the figure is
 * named by `label` and its counts are in the data table.
 */
export function RatingDistributionChart({ data, label }: { data: { rating: string; n: number }[]; label: string }) {
  const hasMounted = useHasMounted();
  const t = useTranslations('charts');
  return (
    <figure>
      <div className="h-48 w-full" aria-hidden="true">
        {hasMounted ? (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="rating" tickLine={false} />
              <YAxis allowDecimals={false} width={40} />
              <Tooltip />
              <Bar dataKey="n" name={t('rating.respondents')} fill="#1d4ed8">
                <LabelList dataKey="n" position="top" fontSize={11} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
      <figcaption className="sr-only">{label}</figcaption>
      <ChartDataTable
        caption={label}
        columns={[{ label: t('rating.rating') }, { label: t('rating.respondents'), isNumeric: true }]}
        rows={data.map((row) => ({ key: row.rating, cells: [row.rating, row.n] }))}
      />
    </figure>
  );
}
