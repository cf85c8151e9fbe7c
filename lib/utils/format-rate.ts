// How rates and intervals read in the UI: "6.6 % (5.9–7.4 %)".
import type { TRate } from '@/lib/metrics/queries';

export function formatPercent(value: number | null, digits = 1): string {
  return value === null ? '—' : `${(100 * value).toFixed(digits)} %`;
}

export function formatRate(rate: TRate): string {
  if (rate.value === null) return rate.suppressed ? `withheld (${rate.suppressed})` : '—';
  const interval = rate.interval ? ` (95 % CI ${(100 * rate.interval.low).toFixed(1)}–${(100 * rate.interval.high).toFixed(1)} %)` : '';
  return `${formatPercent(rate.value)}${interval}`;
}

/** "25 d [16–38], n = 56", or why the figure is withheld. */
export function formatQuartiles(
  figure: { n: number; q1: number | null; median: number | null; q3: number | null; suppressed: string | null },
  unit: string,
  digits = 1,
): string {
  if (figure.median === null) return `withheld (${figure.suppressed ?? 'no data'})`;
  const format = (value: number | null) =>
    value === null ? '—' : value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${format(figure.median)} ${unit} [${format(figure.q1)}–${format(figure.q3)}], n = ${figure.n}`;
}
