// API tokens for the JSON API (`Authorization: Bearer cqa_…`). A token acts as its user, so the
// user's role and scope apply unchanged; revoking or expiring it stops it at once. Tokens carry
// 256 random bits, so a plain SHA-256 at rest suffices (no password-style stretching needed).
import { createHash, randomBytes } from 'node:crypto';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import type { TActor } from './actor';
import { loadActor } from './authenticate';

const TOKEN_PREFIX = 'cqa_';

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createApiToken(userId: string, name: string, expiresAt: Date | null = null): Promise<{ id: string; token: string }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await getDb().apiToken.create({ data: { userId, name, tokenHash: hashApiToken(token), prefix: token.slice(0, 10), expiresAt } });
  return { id: row.id, token };
}

export async function revokeApiToken(id: string): Promise<boolean> {
  const result = await getDb().apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: getNow() } });
  return result.count > 0;
}

/** The actor of a bearer token, or null when it is unknown, revoked, expired, or its user is disabled. */
export async function authenticateApiToken(authorization: string | null): Promise<TActor | null> {
  const match = /^Bearer\s+(cqa_[\w-]{20,})$/.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const db = getDb();
  const now = getNow();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(match[1]) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return loadActor(db, row.userId);
}
