// Credentials sign-in and actor loading, framework-free so the CLI and tests use them too.
import { z } from 'zod';
import type { TDb } from '@/lib/db/client';
import type { TActor } from './actor';
import { verifyPassword } from './password';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export type TCredentials = z.infer<typeof ZCredentials>;

/** The user's id when the credentials are right and the account is active, else null. */
export async function authenticateWithPassword(db: TDb, raw: unknown): Promise<string | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || user.disabledAt) {
    // Spend the same time as a real check so that response times do not reveal which e-mails exist.
    await verifyPassword(parsed.data.password, 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA');
    return null;
  }
  return (await verifyPassword(parsed.data.password, user.passwordHash)) ? user.id : null;
}

/** Reads the actor fresh from the database, so a disabled user or changed role takes effect at once. */
export async function loadActor(db: TDb, userId: string): Promise<TActor | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt) return null;
  return { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name, email: user.email };
}
