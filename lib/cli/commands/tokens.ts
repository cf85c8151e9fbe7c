import { parseArgs } from 'node:util';
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { getDb } from '@/lib/db/client';
import { CliError } from '../cli-error';

const USAGE = 'usage: tokens create --user <email> --name <label> [--days N] | tokens list | tokens revoke <id>';

/** API tokens for the JSON API; the token is printed once and stored only as a hash. */
export async function tokensCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const db = getDb();
  if (sub === 'list') {
    const tokens = await db.apiToken.findMany({ orderBy: { createdAt: 'asc' } });
    const users = new Map((await db.user.findMany({ where: { id: { in: tokens.map((token) => token.userId) } } })).map((user) => [user.id, user.email]));
    for (const token of tokens) {
      const state = token.revokedAt ? 'revoked' : token.expiresAt && token.expiresAt <= new Date() ? 'expired' : 'active';
      console.log(`${token.id}\t${token.prefix}…\t${users.get(token.userId) ?? '?'}\t${token.name}\t${state}`);
    }
    return;
  }
  if (sub === 'revoke') {
    if (!rest[0]) throw new CliError(USAGE, 2);
    if (!(await revokeApiToken(rest[0]))) throw new CliError(`no active token ${rest[0]}`);
    console.log(`Revoked ${rest[0]}`);
    return;
  }
  if (sub !== 'create') throw new CliError(USAGE, 2);
  const { values } = parseArgs({ args: rest, options: { user: { type: 'string' }, name: { type: 'string' }, days: { type: 'string' } } });
  if (!values.user || !values.name) throw new CliError(USAGE, 2);
  const user = await db.user.findUnique({ where: { email: values.user.toLowerCase() } });
  if (!user || user.disabledAt) throw new CliError(`no active user ${values.user}`, 2);
  const days = values.days === undefined ? null : Number(values.days);
  if (days !== null && (!Number.isInteger(days) || days < 1)) throw new CliError('--days must be a positive whole number', 2);
  const { id, token } = await createApiToken(user.id, values.name, days === null ? null : new Date(Date.now() + days * 86_400_000));
  console.log(`Created token ${id} for ${user.email}. Copy it now; it is not shown again:\n${token}`);
}
