// The displayed state of evidence and of a checklist item, derived when read: "missing" when an
// item has no evidence, "expired" when accepted evidence is past its expiry date.
import type { EvidenceStatus } from '@/lib/db/generated/sqlite/enums';

export type TEvidenceState = 'MISSING' | 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED';

export function getEvidenceState(evidence: { status: EvidenceStatus; expiresOn: Date | null }, now: Date): Exclude<TEvidenceState, 'MISSING'> {
  if (evidence.expiresOn !== null && evidence.expiresOn.getTime() <= now.getTime()) return 'EXPIRED';
  return evidence.status;
}

export function hasCurrentAcceptedEvidence(evidence: readonly { status: EvidenceStatus; expiresOn: Date | null }[], now: Date): boolean {
  return evidence.some((entry) => getEvidenceState(entry, now) === 'ACCEPTED');
}

/** The item's evidence state at a glance: the best state among its evidence, or missing. */
export function getItemEvidenceState(evidence: readonly { status: EvidenceStatus; expiresOn: Date | null }[], now: Date): TEvidenceState {
  const states = new Set(evidence.map((entry) => getEvidenceState(entry, now)));
  for (const state of ['ACCEPTED', 'SUBMITTED', 'REJECTED', 'EXPIRED'] as const) if (states.has(state)) return state;
  return 'MISSING';
}
