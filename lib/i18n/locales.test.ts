import { expect, test } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from './locales';

test.each([
  ['de-DE,de;q=0.9', 'de'],
  ['de-DE,de;q=0.9,en;q=0.8', 'de'],
  ['en-US,en;q=0.9,de;q=0.8', 'en'],
  ['fr-FR,fr;q=0.9', 'en'],
  ['fr,de;q=0.5', 'de'],
  ['DE', 'de'],
  ['', 'en'],
  [null, 'en'],
  [undefined, 'en'],
] as const)('Accept-Language %j → %s', (header, locale) => {
  expect(localeFromAcceptLanguage(header)).toBe(locale);
});

test('isLocale', () => {
  expect(isLocale('de')).toBe(true);
  expect(isLocale('fr')).toBe(false);
  expect(isLocale(undefined)).toBe(false);
});
