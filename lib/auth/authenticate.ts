// Credentials input and actor loading, framework-free so the CLI and tests use them too. The
// credentials sign-in itself, with its rate limits and lock-out, is password-sign-in.ts.
import { z } from 'zod';
import type { TDb } from '@/lib/db/client';
import type { TActor } from './actor';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export type TCredentials = z.infer<typeof ZCredentials>;

export function toActor(user: { id: string; role: TActor['role']; organisationId: string; name: string; email: string; locale?: string | null }): TActor {
  const actor: TActor = { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name, email: user.email };
  if (user.locale) actor.locale = user.locale;
  return actor;
}

/** Reads the actor fresh from the database, so a disabled user or changed role takes effect at once. */
export async function loadActor(db: TDb, userId: string): Promise<TActor | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt) return null;
  return toActor(user);
}
