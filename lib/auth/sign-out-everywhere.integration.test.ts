// Sessions end for good: after their lifetime, when the user signs out everywhere, and when the
// user is disabled. Drives the same path a request takes: next-auth's jwt and session callbacks
// make the session, loadSessionActor turns it into an actor (or refuses).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { getActorByEmail } from '@/lib/testing/actors';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import type { TActor } from './actor';
import { getAuthOptions } from './config';
import { loadSessionActor, type TSessionClaims } from './session-validity';
import { signOutEverywhere } from './sign-out-everywhere';

const HOUR = 3_600_000;
let database: TTestDatabase;
let quality: TActor;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoFacts(database.db);
  quality = await getActorByEmail(database.db, 'quality@coursera.demo');
});
afterAll(async () => database.drop());

// next-auth's types say `user` is always given; at run time it is given only at sign-in, which is
// the distinction the callbacks rely on. These loose signatures let the test call them both ways.
type TJwtCallback = (params: {
  token: Record<string, unknown>;
  user?: { id: string };
  account?: { provider: string } | null;
}) => Promise<Record<string, unknown>>;
type TSessionCallback = (params: { session: Record<string, unknown>; token: Record<string, unknown> }) => Promise<unknown> | unknown;

function callbacks(): { jwt: TJwtCallback; session: TSessionCallback } {
  const { callbacks: configured } = getAuthOptions();
  if (!configured?.jwt || !configured.session) throw new Error('next-auth callbacks missing');
  return { jwt: configured.jwt as unknown as TJwtCallback, session: configured.session as unknown as TSessionCallback };
}

/** The session object a request would see after a credentials sign-in of `userId`. */
async function sessionAfterSignIn(userId: string): Promise<TSessionClaims> {
  const { jwt, session } = callbacks();
  const token = await jwt({ token: {}, user: { id: userId }, account: { provider: 'credentials' } });
  // A later read renews the token (no user): the sign-in time must survive that.
  const renewed = await jwt({ token });
  return (await session({ session: { expires: '' }, token: renewed })) as TSessionClaims;
}

test('the token carries only the user and the moment of sign-in', async () => {
  const token = await callbacks().jwt({ token: { name: 'x', email: 'x@example.org' }, user: { id: quality.userId }, account: { provider: 'credentials' } });
  expect(Object.keys(token).sort()).toEqual(['signedInAt', 'sub']);
});

test('a fresh session gives the actor; past its lifetime it gives none', async () => {
  const claims = await sessionAfterSignIn(quality.userId);
  expect(claims.userId).toBe(quality.userId);
  const signedInAt = claims.signedInAt as number;
  expect(await loadSessionActor(database.db, claims, new Date(signedInAt + HOUR), 8 * HOUR)).toEqual(quality);
  expect(await loadSessionActor(database.db, claims, new Date(signedInAt + 8 * HOUR), 8 * HOUR)).toBeNull();
  expect(await loadSessionActor(database.db, { userId: quality.userId }, new Date(), 8 * HOUR)).toBeNull();
});

test('signing out everywhere voids every earlier session of the user, audited, and later sign-ins work', async () => {
  const partner = await getActorByEmail(database.db, 'partner@ibm.demo');
  const earlier = await sessionAfterSignIn(quality.userId);
  const otherUser = await sessionAfterSignIn(partner.userId);
  await new Promise((resolve) => setTimeout(resolve, 5));

  const { sessionsValidAfter } = await signOutEverywhere(quality);
  const now = new Date(sessionsValidAfter.getTime() + 1000);
  expect(await loadSessionActor(database.db, earlier, now)).toBeNull();
  expect(await loadSessionActor(database.db, otherUser, now)).toEqual(partner);

  await new Promise((resolve) => setTimeout(resolve, 5));
  const later = await sessionAfterSignIn(quality.userId);
  expect(await loadSessionActor(database.db, later, new Date((later.signedInAt as number) + 1000))).toEqual(quality);

  const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'auth.sign-out-everywhere' } });
  expect(entry).toMatchObject({ actorId: quality.userId, actorLabel: quality.email, entityId: quality.userId });
});

test('a disabled user has no session', async () => {
  const auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  const claims = await sessionAfterSignIn(auditor.userId);
  await database.db.user.update({ where: { id: auditor.userId }, data: { disabledAt: new Date() } });
  expect(await loadSessionActor(database.db, claims, new Date((claims.signedInAt as number) + 1000))).toBeNull();
});
