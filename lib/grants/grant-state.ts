// The state of an auditor grant at an instant. Derived, never stored, so that it cannot disagree
// with lib/auth/scope.ts, which gives access exactly when this says "active".

export type TGrantState = 'PENDING' | 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function computeGrantState(grant: { validFrom: Date; validUntil: Date; revokedAt: Date | null }, now: Date): TGrantState {
  if (grant.revokedAt) return 'REVOKED';
  if (grant.validFrom > now) return 'PENDING';
  if (grant.validUntil <= now) return 'EXPIRED';
  return 'ACTIVE';
}

/** Pending and active grants can still be revoked; expired and revoked ones give no access anyway. */
export function isGrantRevocable(state: TGrantState): boolean {
  return state === 'PENDING' || state === 'ACTIVE';
}
