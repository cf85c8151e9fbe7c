import { INTL_LOCALES, type TLocale } from '@/lib/i18n/locales';

// Date and time in UTC for administration lists, where the hour matters (locks, last use).
export function formatInstant(value: Date | null | undefined, locale: TLocale): string {
  if (!value) return '—';
  return `${value.toLocaleString(INTL_LOCALES[locale], { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}
