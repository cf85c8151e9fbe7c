// The actor of the current request (Next.js only). Cached per request with React's cache().
// The session's claims are checked against the database here (session-validity.ts): a session past
// its lifetime, or begun before the user's sessionsValidAfter, gives no actor.
import 'server-only';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import type { TActor } from './actor';
import { getAuthOptions } from './config';
import { loadSessionActor, type TSessionClaims } from './session-validity';

export const getActor = cache(async (): Promise<TActor | null> => {
  const session = (await getServerSession(getAuthOptions())) as TSessionClaims | null;
  if (!session) return null;
  return loadSessionActor(getDb(), session, getNow());
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}
