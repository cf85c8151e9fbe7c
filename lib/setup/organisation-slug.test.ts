import { expect, test } from 'vitest';
import { ORGANISATION_SLUG_PATTERN } from '@/lib/organisations/schemas';
import { FALLBACK_SLUG, slugFromOrganisationName } from './organisation-slug';

test('an organisation name becomes lower-case ASCII words joined by single hyphens', () => {
  expect(slugFromOrganisationName('Coursera')).toBe('coursera');
  expect(slugFromOrganisationName('  Hochschule für Künstliche Intelligenz  ')).toBe('hochschule-fur-kunstliche-intelligenz');
  expect(slugFromOrganisationName('Straße & Co. -- GmbH')).toBe('strasse-co-gmbh');
  expect(slugFromOrganisationName('École 42')).toBe('ecole-42');
});

test('a name without Latin letters or digits, or too short, gets the fallback', () => {
  expect(slugFromOrganisationName('大学')).toBe(FALLBACK_SLUG);
  expect(slugFromOrganisationName('A')).toBe(FALLBACK_SLUG);
  expect(slugFromOrganisationName('---')).toBe(FALLBACK_SLUG);
});

test('long names are cut to 64 characters without a trailing hyphen', () => {
  const slug = slugFromOrganisationName(`${'a'.repeat(63)} b`);
  expect(slug).toBe('a'.repeat(63));
  expect(ORGANISATION_SLUG_PATTERN.test(slugFromOrganisationName(`${'word '.repeat(30)}`))).toBe(true);
  expect(slugFromOrganisationName(`${'word '.repeat(30)}`).length).toBeLessThanOrEqual(64);
});
