// How rates and intervals read: "6.6 % (95 % CI 5.9–7.4 %)"; in German "6,6 % (95-%-KI 5,9–7,4 %)".
import type { TLocale } from '@/lib/i18n/locales';
import { translateServerMessage } from '@/lib/i18n/translate-server-message';
import type { TRate } from '@/lib/metrics/queries';
import { formatNumber } from './format';

const WORDS: Readonly<Record<TLocale, { withheld: string; ci: string; noData: string }>> = {
  en: { withheld: 'withheld', ci: '95 % CI', noData: 'no data' },
  de: { withheld: 'unterdrückt', ci: '95-%-KI', noData: 'keine Daten' },
};

export function formatPercent(value: number | null, digits = 1, locale: TLocale = 'en'): string {
  return value === null ? '—' : `${formatNumber(100 * value, digits, locale)} %`;
}

export function formatRate(rate: TRate, locale: TLocale = 'en'): string {
  const words = WORDS[locale];
  if (rate.value === null) return rate.suppressed ? `${words.withheld} (${translateServerMessage(rate.suppressed, locale)})` : '—';
  const interval = rate.interval
    ? ` (${words.ci} ${formatNumber(100 * rate.interval.low, 1, locale)}–${formatNumber(100 * rate.interval.high, 1, locale)} %)`
    : '';
  return `${formatPercent(rate.value, 1, locale)}${interval}`;
}

/** "25 d [16–38], n = 56", or why the figure is withheld. */
export function formatQuartiles(
  figure: { n: number; q1: number | null; median: number | null; q3: number | null; suppressed: string | null },
  unit: string,
  digits = 1,
  locale: TLocale = 'en',
): string {
  const words = WORDS[locale];
  if (figure.median === null) return `${words.withheld} (${translateServerMessage(figure.suppressed ?? 'no data', locale)})`;
  const format = (value: number | null) => formatNumber(value, digits, locale);
  return `${format(figure.median)} ${unit} [${format(figure.q1)}–${format(figure.q3)}], n = ${figure.n}`;
}
