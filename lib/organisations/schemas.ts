// Input schemas of organisation administration, shared by the forms, the server actions and tests.
import { z } from 'zod';

/** Lower-case words joined by single hyphens: slugs appear in URLs, the CLI and imports. */
export const ORGANISATION_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ZOrganisationKind = z.enum(['PLATFORM', 'CONTENT_PARTNER', 'AGENCY'], { error: 'Choose a kind' });

const ZOrganisationName = z.string().trim().min(1, 'A name is required').max(200, 'Names are limited to 200 characters');

export const ZCreateOrganisationInput = z.object({
  slug: z
    .string()
    .trim()
    .min(2, 'Slugs need at least 2 characters')
    .max(64, 'Slugs are limited to 64 characters')
    .regex(ORGANISATION_SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens, e.g. northwind-university'),
  name: ZOrganisationName,
  kind: ZOrganisationKind,
});
export type TCreateOrganisationInput = z.infer<typeof ZCreateOrganisationInput>;

export const ZRenameOrganisationInput = z.object({
  organisationId: z.string().trim().min(1).max(64),
  name: ZOrganisationName,
});
export type TRenameOrganisationInput = z.infer<typeof ZRenameOrganisationInput>;
