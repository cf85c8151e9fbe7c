// "Sign out everywhere": every session of the user that exists now ends at once, this one included,
// on every device (session-validity.ts refuses sessions begun before sessionsValidAfter). API tokens
// are not sessions and stay valid; they are revoked on their own (`certqa tokens revoke`).
import { recordAudit } from '@/lib/audit/record-audit';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import type { TActor } from './actor';

export async function signOutEverywhere(actor: TActor): Promise<{ sessionsValidAfter: Date }> {
  const now = getNow();
  await getDb().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: actor.userId }, data: { sessionsValidAfter: now } });
    if (updated.count === 0) throw new NotFoundError('User not found');
    await recordAudit(tx, actor, { action: 'auth.sign-out-everywhere', entityType: 'User', entityId: actor.userId, after: { sessionsValidAfter: now } });
  });
  return { sessionsValidAfter: now };
}
