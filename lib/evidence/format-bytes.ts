// Sizes of evidence files for people: exact bytes below a mebibyte, else MiB to one decimal
// (rounded down, so a limit is never shown larger than it is). Pure, so client forms use it too.
import { INTL_LOCALES, type TLocale } from '@/lib/i18n/locales';

export function formatBytes(bytes: number, locale: TLocale = 'en'): string {
  const intl = INTL_LOCALES[locale];
  if (bytes >= 1024 * 1024) return `${(Math.floor((bytes / 1024 / 1024) * 10) / 10).toLocaleString(intl)} MiB`;
  return `${bytes.toLocaleString(intl)} ${locale === 'de' ? 'Byte' : 'bytes'}`;
}
