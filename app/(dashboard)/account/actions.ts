'use server';

// Server actions of the signed-in user's own account page. They act on the actor alone: no input
// names another user, so there is nothing to forge beyond one's own token ids, and the lib checks those.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authenticatedAction } from '@/lib/auth/action';
import { createOwnApiToken, revokeApiTokenAsActor, ZCreateApiTokenInput, ZRevokeApiTokenInput } from '@/lib/auth/api-tokens';
import { signOutEverywhere } from '@/lib/auth/sign-out-everywhere';
import { rememberLocale } from '@/lib/i18n/locale-cookie';
import { changeOwnPassword, setOwnLocale, ZChangeOwnPasswordInput, ZSetOwnLocaleInput } from '@/lib/users/mutations';

export const changeOwnPasswordAction = authenticatedAction(ZChangeOwnPasswordInput, changeOwnPassword);

/** Returns the token itself: this answer is the only place it ever appears. */
export const createOwnApiTokenAction = authenticatedAction(ZCreateApiTokenInput, async (actor, input) => {
  const created = await createOwnApiToken(actor, input);
  revalidatePath('/account');
  return created;
});

export const revokeOwnApiTokenAction = authenticatedAction(ZRevokeApiTokenInput, async (actor, input) => {
  const result = await revokeApiTokenAsActor(actor, input);
  revalidatePath('/account');
  return result;
});

/** Voids every session of the user, this one included; the page then sends the browser to /login. */
export const signOutEverywhereAction = authenticatedAction(z.object({}).strict(), async (actor) => {
  const { sessionsValidAfter } = await signOutEverywhere(actor);
  return { sessionsValidAfter: sessionsValidAfter.toISOString() };
});

/** Saves the user's interface language, and remembers it in the browser for the login page. */
export const setOwnLocaleAction = authenticatedAction(ZSetOwnLocaleInput, async (actor, input) => {
  const result = await setOwnLocale(actor, input);
  await rememberLocale(result.locale);
  return result;
});
