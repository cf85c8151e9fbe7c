// The languages of CertQA's interface. English is the default and the language of the CLI, the API
// and the evidence PDF; German is the second language FIBAA works in.
export const LOCALES = ['en', 'de'] as const;

export type TLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: TLocale = 'en';

/** The cookie that carries a visitor's language before sign-in (the login page, first run). */
export const LOCALE_COOKIE = 'certqa-locale';

/** The Intl locale behind each interface language: en-GB writes dates day-month-year, as the FIBAA report does. */
export const INTL_LOCALES: Readonly<Record<TLocale, string>> = { en: 'en-GB', de: 'de-DE' };

/** Each language named in itself, for the language switch. */
export const LOCALE_NAMES: Readonly<Record<TLocale, string>> = { en: 'English', de: 'Deutsch' };

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language of an Accept-Language header, or the default. */
export function localeFromAcceptLanguage(header: string | null | undefined): TLocale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().split('-')[0];
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}
