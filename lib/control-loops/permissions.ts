// Who may work a measure, beside canManageControlLoops (lib/auth/policies.ts): DESIGN.md lets
// content partners "work … measures assigned to them", so the owner organisation's partners move
// their measures' status; everything else about a loop is the quality manager's.
import type { TActor } from '@/lib/auth/actor';
import { canManageControlLoops } from '@/lib/auth/policies';

export function canUpdateMeasureStatus(actor: TActor, measure: { ownerOrganisationId: string }): boolean {
  return canManageControlLoops(actor) || (actor.role === 'CONTENT_PARTNER' && measure.ownerOrganisationId === actor.organisationId);
}
