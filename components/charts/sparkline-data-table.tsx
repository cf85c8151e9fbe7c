import { getFormat, getT } from '@/lib/i18n/server';
import { ChartDataTable } from './chart-data-table';

export type TSparklineSeries = { name: string; points: readonly { month: string; mean: number }[] };

/**
 * The values behind a column of sparklines as one table: a row per series, a column per month
 * (every month any series has, in order; "—" where a series has none). Series drawn as
 * "too few months" are listed too, so the table and the column agree.
 */
export async function SparklineDataTable({ caption, series, testId }: { caption: string; series: readonly TSparklineSeries[]; testId?: string }) {
  const months = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.month)))].sort();
  if (months.length === 0) return null;
  const [t, format] = await Promise.all([getT('charts'), getFormat()]);
  return (
    <ChartDataTable
      className="px-4 pb-3"
      caption={caption}
      testId={testId}
      hasRowHeaders
      columns={[{ label: t('sparkline.certificate') }, ...months.map((month) => ({ label: month, isNumeric: true }))]}
      rows={series.map((entry) => {
        const byMonth = new Map(entry.points.map((point) => [point.month, point.mean]));
        return { key: entry.name, cells: [entry.name, ...months.map((month) => format.number(byMonth.get(month) ?? null, 2))] };
      })}
    />
  );
}
