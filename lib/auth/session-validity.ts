// Whether a session token still stands. next-auth renews a JWT's expiry (and its iat) whenever it
// is read, so neither says when the user actually signed in; the token therefore carries its own
// `signedInAt`, set once at sign-in. A session ends for good when it is older than the session
// lifetime, or when it began before the user's sessionsValidAfter ("sign out everywhere",
// password change, disabling). Tokens without signedInAt predate this rule and are refused.
import type { TDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import type { TActor } from './actor';
import { toActor } from './authenticate';

export type TSessionClaims = { userId?: unknown; signedInAt?: unknown };

export function getSessionLifetimeMs(): number {
  return env.CERTQA_SESSION_HOURS * 60 * 60_000;
}

/**
 * Times come from lib/clock.ts, like sessionsValidAfter, so tests that move the clock move both.
 * A sign-in time later than now (the clock was moved back) is no reason to refuse: the token is
 * signed, so the time is ours.
 */
export function isSessionCurrent(signedInAt: number, sessionsValidAfter: Date | null, now: Date, lifetimeMs: number): boolean {
  if (!Number.isFinite(signedInAt)) return false;
  if (now.getTime() - signedInAt >= lifetimeMs) return false;
  return !sessionsValidAfter || signedInAt >= sessionsValidAfter.getTime();
}

/** The actor of a session, or null when the session is void, expired, or its user disabled. */
export async function loadSessionActor(db: TDb, claims: TSessionClaims, now: Date, lifetimeMs = getSessionLifetimeMs()): Promise<TActor | null> {
  if (typeof claims.userId !== 'string' || typeof claims.signedInAt !== 'number') return null;
  const user = await db.user.findUnique({ where: { id: claims.userId } });
  if (!user || user.disabledAt || !isSessionCurrent(claims.signedInAt, user.sessionsValidAfter, now, lifetimeMs)) return null;
  return toActor(user);
}
