'use server';
// The server action behind an account page's "Sign out everywhere" button. Next.js checks the
// Origin of server-action requests, which is their CSRF protection. After it resolves, the caller's
// own session is void too: send the browser to /login (e.g. next-auth's signOut({ callbackUrl: '/login' })).
import { z } from 'zod';
import { authenticatedAction } from './action';
import { signOutEverywhere } from './sign-out-everywhere';

export const signOutEverywhereAction = authenticatedAction(z.object({}).strict().optional(), async (actor) => {
  const { sessionsValidAfter } = await signOutEverywhere(actor);
  return { sessionsValidAfter: sessionsValidAfter.toISOString() };
});
