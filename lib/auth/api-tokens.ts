// API tokens for the JSON API (`Authorization: Bearer cqa_…`). A token acts as its user, so the
// user's role and scope apply unchanged; revoking or expiring it stops it at once. Tokens carry
// 256 random bits, so a plain SHA-256 at rest suffices (no password-style stretching needed).
// The token itself is returned once, at creation; neither the database nor the audit log holds it.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { NotFoundError, ValidationError } from '@/lib/errors';
import type { TActor } from './actor';
import { loadActor } from './authenticate';
import { canAdministerInstallation } from './policies';

const TOKEN_PREFIX = 'cqa_';
const DAY_MS = 86_400_000;

export const ZCreateApiTokenInput = z.object({
  name: z.string().trim().min(1, 'Give the token a name, e.g. what it is for').max(100, 'Names are limited to 100 characters'),
  /** Null: the token does not expire (it can still be revoked). */
  expiresInDays: z
    .number({ error: 'Enter a whole number of days' })
    .int('Enter a whole number of days')
    .min(1, 'At least 1 day')
    .max(3650, 'At most 3650 days')
    .nullable(),
});
export type TCreateApiTokenInput = z.infer<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ tokenId: z.string().trim().min(1).max(64) });
export type TRevokeApiTokenInput = z.infer<typeof ZRevokeApiTokenInput>;

export type TApiTokenState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function computeApiTokenState(token: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): TApiTokenState {
  if (token.revokedAt) return 'REVOKED';
  if (token.expiresAt && token.expiresAt <= now) return 'EXPIRED';
  return 'ACTIVE';
}

function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, 10) };
}

/** For the CLI, whose operator already holds the database: no actor, no audit entry. */
export async function createApiToken(userId: string, name: string, expiresAt: Date | null = null): Promise<{ id: string; token: string }> {
  const { token, tokenHash, prefix } = generateApiToken();
  const row = await getDb().apiToken.create({ data: { userId, name, tokenHash, prefix, expiresAt } });
  return { id: row.id, token };
}

export async function revokeApiToken(id: string): Promise<boolean> {
  const result = await getDb().apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: getNow() } });
  return result.count > 0;
}

/** The signed-in user creates a token for themself; the returned token is the only copy. */
export async function createOwnApiToken(actor: TActor, input: TCreateApiTokenInput): Promise<{ id: string; token: string; prefix: string }> {
  const db = getDb();
  // The CLI's system actor is no user: a token of its own would act as nobody.
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new NotFoundError('User not found');
  const { token, tokenHash, prefix } = generateApiToken();
  const expiresAt = input.expiresInDays === null ? null : new Date(getNow().getTime() + input.expiresInDays * DAY_MS);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId: user.id, name: input.name, tokenHash, prefix, expiresAt } });
    await recordAudit(tx, actor, {
      action: 'api-token.create',
      entityType: 'ApiToken',
      entityId: row.id,
      after: { userId: user.id, name: row.name, expiresAt },
    });
    return { id: row.id, token, prefix };
  });
}

const TOKEN_LIST_SELECT = { id: true, userId: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true } as const;

export async function listOwnApiTokens(actor: TActor) {
  const now = getNow();
  const tokens = await getDb().apiToken.findMany({ where: { userId: actor.userId }, select: TOKEN_LIST_SELECT, orderBy: { createdAt: 'desc' } });
  return tokens.map((token) => ({ ...token, state: computeApiTokenState(token, now) }));
}

/** Every token of the installation with its owner, for administrators; others get not-found. */
export async function listAllApiTokens(actor: TActor) {
  if (!canAdministerInstallation(actor)) throw new NotFoundError();
  const db = getDb();
  const now = getNow();
  const tokens = await db.apiToken.findMany({ select: TOKEN_LIST_SELECT, orderBy: { createdAt: 'desc' } });
  // ApiToken has no relation to User in the schema, so owners are looked up in one query.
  const owners = await db.user.findMany({
    where: { id: { in: [...new Set(tokens.map((token) => token.userId))] } },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  const ownerById = new Map(owners.map((owner) => [owner.id, owner]));
  return tokens.map((token) => ({ ...token, owner: ownerById.get(token.userId) ?? null, state: computeApiTokenState(token, now) }));
}

export type TApiTokenRow = Awaited<ReturnType<typeof listAllApiTokens>>[number];

/**
 * Revokes a token: administrators any, everybody else only their own. Someone else's token is
 * not found rather than forbidden, so token ids reveal nothing. Takes effect with the next request.
 */
export async function revokeApiTokenAsActor(actor: TActor, input: TRevokeApiTokenInput): Promise<{ id: string }> {
  const db = getDb();
  const token = await db.apiToken.findUnique({ where: { id: input.tokenId }, select: TOKEN_LIST_SELECT });
  if (!token || (token.userId !== actor.userId && !canAdministerInstallation(actor))) throw new NotFoundError('Token not found');
  if (token.revokedAt) throw new ValidationError('This token is already revoked; nothing was changed.');
  const now = getNow();
  await db.$transaction(async (tx) => {
    // Guarded on revokedAt: of two concurrent revocations only one takes effect and is audited.
    const updated = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count !== 1) throw new ValidationError('This token was revoked meanwhile; nothing was changed.');
    await recordAudit(tx, actor, {
      action: 'api-token.revoke',
      entityType: 'ApiToken',
      entityId: token.id,
      before: { userId: token.userId, name: token.name, revokedAt: null },
      after: { revokedAt: now },
    });
  });
  return { id: token.id };
}

/** The actor of a bearer token, or null when it is unknown, revoked, expired, or its user is disabled. */
export async function authenticateApiToken(authorization: string | null): Promise<TActor | null> {
  const match = /^Bearer\s+(cqa_[\w-]{20,})$/.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const db = getDb();
  const now = getNow();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(match[1]) } });
  if (!row || computeApiTokenState(row, now) !== 'ACTIVE') return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return loadActor(db, row.userId);
}
