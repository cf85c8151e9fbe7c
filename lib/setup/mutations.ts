// The first-run setup: on a database without any user, a visitor who is not signed in creates the
// platform organisation and its first administrator. Only then, and only once: the transaction
// re-checks that no user exists (PostgreSQL: behind a transaction-scoped advisory lock, so two
// visitors submitting at once cannot both pass; SQLite: its single writer), and anything after the
// first user is refused. Both creations are audited in the same transaction, by the new administrator.
import { recordAudit, type TAuditWriter } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { getDb } from '@/lib/db/client';
import { getDialect } from '@/lib/db/dialect';
import { getDatabaseUrl } from '@/lib/env';
import { ValidationError } from '@/lib/errors';
import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales';
import { slugFromOrganisationName } from './organisation-slug';
import { isFirstRun } from './queries';
import type { TCreateFirstAdminInput } from './schemas';

/** The refusal once any user exists; the page sends visitors to /login before they get here. */
export const ALREADY_SET_UP = 'CertQA is set up already; sign in with an existing account.';

const SETUP_LOCK_KEY = 74_263_002;

/** The slug, or the slug with -2, -3 … when an organisation (made by the CLI, say) already holds it. */
async function findFreeSlug(tx: TAuditWriter, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base.slice(0, 60)}-${suffix}`;
    if (!(await tx.organisation.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

export async function createFirstAdmin(
  input: TCreateFirstAdminInput,
  options: { locale?: TLocale } = {},
): Promise<{ userId: string; email: string; organisationId: string; organisationSlug: string }> {
  const db = getDb();
  // Refused early, before the slow password hash; the transaction below decides for good.
  if (!(await isFirstRun(db))) throw new ValidationError(ALREADY_SET_UP);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (getDialect(getDatabaseUrl()) === 'postgres') await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    if ((await tx.user.count()) > 0) throw new ValidationError(ALREADY_SET_UP);
    const slug = await findFreeSlug(tx, slugFromOrganisationName(input.organisationName));
    const organisation = await tx.organisation.create({ data: { slug, name: input.organisationName, kind: 'PLATFORM' } });
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: 'ADMIN',
        organisationId: organisation.id,
        passwordHash,
        locale: options.locale ?? DEFAULT_LOCALE,
      },
    });
    const actor: TActor = { userId: user.id, role: 'ADMIN', organisationId: organisation.id, name: user.name, email: user.email };
    await recordAudit(tx, actor, {
      action: 'organisation.create',
      entityType: 'Organisation',
      entityId: organisation.id,
      after: { slug: organisation.slug, name: organisation.name, kind: organisation.kind, firstRunSetup: true },
    });
    await recordAudit(tx, actor, {
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, organisationId: organisation.id, firstRunSetup: true },
    });
    return { userId: user.id, email: user.email, organisationId: organisation.id, organisationSlug: organisation.slug };
  });
}
