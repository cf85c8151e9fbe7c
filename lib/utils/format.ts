// Number and date formatting. The interface reaches these through lib/i18n/format.ts, bound to the
// reader's language; the CLI and the evidence PDF use the English defaults (en-GB: day-month-year,
// as in the FIBAA report).
import { INTL_LOCALES, type TLocale } from '@/lib/i18n/locales';

export function formatNumber(value: number | null | undefined, fractionDigits = 0, locale: TLocale = 'en'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString(INTL_LOCALES[locale], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

export function formatHours(value: number | null | undefined, locale: TLocale = 'en'): string {
  if (value === null || value === undefined) return '—';
  return `${formatNumber(value, Number.isInteger(value) ? 0 : 1, locale)} h`;
}

export function formatDate(value: Date | null | undefined, locale: TLocale = 'en'): string {
  if (!value) return '—';
  return value.toLocaleDateString(INTL_LOCALES[locale], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function formatDateTime(value: Date | null | undefined, locale: TLocale = 'en'): string {
  if (!value) return '—';
  return value.toLocaleString(INTL_LOCALES[locale], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'UTC',
  });
}

/** An enum value as words ("IN_PROGRESS" → "In progress"); the interface uses the translated labels of messages/&lt;locale&gt;/enums.json. */
export function formatEnum(value: string): string {
  const text = value.toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
