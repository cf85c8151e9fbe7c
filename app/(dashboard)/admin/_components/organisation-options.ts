import type { TSelectOption } from '@/components/ui/select-field';
import type { getT } from '@/lib/i18n/server';
import type { TOrganisationRow } from '@/lib/organisations/queries';

/** Organisations for a select, keyed by slug (what the user schemas take), with their kind. */
export function toOrganisationOptions(organisations: TOrganisationRow[], t: Awaited<ReturnType<typeof getT<'admin'>>>): TSelectOption[] {
  return organisations.map((organisation) => ({ value: organisation.slug, label: t(`organisationOption.${organisation.kind}`, { name: organisation.name }) }));
}
