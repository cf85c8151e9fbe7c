// How the report writes figures: the dashboard's formatting (lib/utils/format*.ts) with n beside
// every rate and mean, and "withheld" with the reason where the small-n rule applies. Tests format
// the JSON API's values with these same functions and look for the result in the PDF's text.
import type { TCertificateMetrics, TNpsFigure, TRate } from '@/lib/metrics/queries';
import { formatDateTime, formatNumber } from '@/lib/utils/format';
import { formatRate } from '@/lib/utils/format-rate';

/** A count, or "withheld" when its group is below k. */
export function formatCount(value: number | null): string {
  return value === null ? 'withheld' : formatNumber(value);
}

/** "7.3 % (95 % CI 5.7–9.3 %), n = 769", or why it is withheld. */
export function formatRateWithN(rate: TRate): string {
  return rate.value === null ? formatRate(rate) : `${formatRate(rate)}, n = ${formatNumber(rate.n)}`;
}

/** "20 (95 % CI −7 to 47), n = 40", or why it is withheld. */
export function formatNps(figure: TNpsFigure): string {
  if (figure.score === null) return `withheld (${figure.suppressed ?? 'no data'})`;
  const interval = figure.interval ? ` (95 % CI ${formatNumber(figure.interval.low, 0)} to ${formatNumber(figure.interval.high, 0)})` : '';
  return `${formatNumber(figure.score, 0)}${interval}, n = ${formatNumber(figure.n)}`;
}

/** "4.32 (95 % CI 4.09–4.56), n = 68", or why it is withheld. */
export function formatStarMean(star: {
  n: number;
  mean: number | null;
  meanInterval: { low: number; high: number } | null;
  suppressed: string | null;
}): string {
  if (star.mean === null) return `withheld (${star.suppressed ?? 'no ratings'})`;
  const interval = star.meanInterval ? ` (95 % CI ${formatNumber(star.meanInterval.low, 2)}–${formatNumber(star.meanInterval.high, 2)})` : '';
  return `${formatNumber(star.mean, 2)}${interval}, n = ${formatNumber(star.n)}`;
}

/** Generation and upload times, to the second, in UTC (stated, so no reader guesses the zone). */
export function formatTimestamp(value: Date | null): string {
  return value ? `${formatDateTime(value)} UTC` : '—';
}

export function formatBytes(value: number | null): string {
  if (value === null) return '—';
  if (value < 1024) return `${formatNumber(value)} B`;
  if (value < 1024 * 1024) return `${formatNumber(value / 1024, 1)} KiB`;
  return `${formatNumber(value / 1024 / 1024, 1)} MiB`;
}

/**
 * The certificate's key figures as the report prints them, one line each: the label, a colon and
 * the value formatted from the metrics DTO. Tests build the same lines from the JSON API's DTO and
 * find them in the PDF's text.
 */
export function formatKeyFigureLines(metrics: TCertificateMetrics): string[] {
  return [
    `Enrolled in at least one course: ${formatCount(metrics.certificateEnrolled)}`,
    `Completed every course: ${formatCount(metrics.certificateCompleters)}`,
    `Certificate completion: ${formatRateWithN(metrics.certificateCompletion)}`,
  ];
}
