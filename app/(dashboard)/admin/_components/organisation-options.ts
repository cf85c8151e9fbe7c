import type { TSelectOption } from '@/components/ui/select-field';
import type { TOrganisationRow } from '@/lib/organisations/queries';
import { formatEnum } from '@/lib/utils/format';

/** Organisations for a select, keyed by slug (what the user schemas take), with their kind. */
export function toOrganisationOptions(organisations: TOrganisationRow[]): TSelectOption[] {
  return organisations.map((organisation) => ({ value: organisation.slug, label: `${organisation.name} (${formatEnum(organisation.kind).toLowerCase()})` }));
}
