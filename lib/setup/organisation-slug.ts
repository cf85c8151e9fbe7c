// The slug of the platform organisation the first-run setup creates, derived from its name:
// lower-case ASCII words joined by single hyphens (lib/organisations/schemas.ts), e.g.
// "Hochschule Künstliche Intelligenz" → "hochschule-kunstliche-intelligenz".
import { ORGANISATION_SLUG_PATTERN } from '@/lib/organisations/schemas';

const MAX_SLUG_LENGTH = 64;
/** For a name without a single Latin letter or digit ("大学"). */
export const FALLBACK_SLUG = 'platform';

export function slugFromOrganisationName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug.length >= 2 && ORGANISATION_SLUG_PATTERN.test(slug) ? slug : FALLBACK_SLUG;
}
