// Actors of the demo users, loaded the way a signed-in request loads them.
import { loadActor } from '@/lib/auth/authenticate';
import type { TActor } from '@/lib/auth/actor';
import type { TDb } from '@/lib/db/client';

export async function getActorByEmail(db: TDb, email: string): Promise<TActor> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error(`no actor for ${email}`);
  return actor;
}
