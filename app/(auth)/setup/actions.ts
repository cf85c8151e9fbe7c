'use server';

// The first-run setup's one action, for a visitor who is not signed in: the mutation itself refuses
// once any user exists, so the action is harmless after setup (and /setup then redirects to /login).
import { publicAction } from '@/lib/auth/action';
import { getLocale } from '@/lib/i18n/server';
import { createFirstAdmin } from '@/lib/setup/mutations';
import { ZCreateFirstAdminInput } from '@/lib/setup/schemas';

/** The administrator's interface language is the one the setup page was filled in. */
export const createFirstAdminAction = publicAction(ZCreateFirstAdminInput, async (input) => {
  const created = await createFirstAdmin(input, { locale: await getLocale() });
  return { email: created.email };
});
