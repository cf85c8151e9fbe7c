// The actor of the current request (Next.js only). Cached per request with React's cache().
import 'server-only';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import type { TActor } from './actor';
import { loadActor } from './authenticate';
import { getAuthOptions } from './config';

export const getActor = cache(async (): Promise<TActor | null> => {
  const session = (await getServerSession(getAuthOptions())) as { userId?: string } | null;
  if (!session?.userId) return null;
  return loadActor(getDb(), session.userId);
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}
