// User administration (administrators, or the CLI's system actor) and the signed-in user's own
// password change. Every change is audited in the same transaction; password hashes never enter
// the audit log.
import { z } from 'zod';
import { recordAudit, type TAuditWriter } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { PASSWORD_MESSAGES, passwordContainsEmailName } from '@/lib/auth/password-policy';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import type { OrganisationKind, Role } from '@/lib/db/generated/sqlite/enums';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { LOCALES, type TLocale } from '@/lib/i18n/locales';
import { type TCreateUserInput, ZCreateUserInput, ZPassword } from './schemas';

// The inputs of the administration forms live here rather than in schemas.ts while that file's
// password policy is being reworked; they reuse its ZPassword and role list.
const ZUserId = z.string().trim().min(1).max(64);

export const ZUserIdInput = z.object({ userId: ZUserId });
export type TUserIdInput = z.infer<typeof ZUserIdInput>;

export const ZUpdateUserInput = z.object({
  userId: ZUserId,
  role: ZCreateUserInput.shape.role,
  organisationSlug: ZCreateUserInput.shape.organisationSlug,
});
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZResetPasswordInput = z.object({ userId: ZUserId, password: ZPassword });
export type TResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZChangeOwnPasswordInput = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password').max(1024), newPassword: ZPassword })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ['newPassword'],
    message: 'The new password must differ from the current one',
    when: (payload) => payload.issues.length === 0,
  });
export type TChangeOwnPasswordInput = z.infer<typeof ZChangeOwnPasswordInput>;

const LAST_ADMIN = 'CertQA needs at least one active administrator: make another user an administrator first.';

function assertAdministrator(actor: TActor) {
  if (!canAdministerInstallation(actor)) throw new ForbiddenError('Only administrators manage users');
}

function toWords(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

/**
 * Content partners belong to content-partner organisations and nobody else does; auditors belong to
 * an agency or a platform. Scope follows from role and organisation, so a misfit would see nothing
 * or the wrong things.
 */
function assertRoleFitsOrganisation(role: Role, kind: OrganisationKind) {
  const fits = (role === 'CONTENT_PARTNER') === (kind === 'CONTENT_PARTNER') && (role !== 'AUDITOR' || kind === 'AGENCY' || kind === 'PLATFORM');
  if (!fits) {
    throw new ValidationError('Role and organisation do not fit', {
      role: [`A ${toWords(role)} cannot belong to a ${toWords(kind)} organisation`],
    });
  }
}

/**
 * Refuses when no other active administrator would remain. Callers append their audit entry
 * first: the append serialises writers (an advisory lock on PostgreSQL, the single writer on
 * SQLite), so two administrators demoting each other at once cannot both pass this count.
 */
async function assertAnotherActiveAdmin(tx: TAuditWriter, userId: string) {
  const others = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new ValidationError(LAST_ADMIN);
}

/** ZPassword cannot see the e-mail of the user whose password is set; this rule is checked here. */
function assertPasswordFitsUser(password: string, email: string, field: string) {
  if (passwordContainsEmailName(password, email)) throw new ValidationError('The password was not set.', { [field]: [PASSWORD_MESSAGES.containsEmailName] });
}

async function findUserOrThrow(userId: string) {
  const user = await getDb().user.findUnique({ where: { id: userId }, include: { organisation: true } });
  if (!user) throw new NotFoundError('User not found');
  return user;
}

async function findOrganisationBySlug(slug: string) {
  const organisation = await getDb().organisation.findUnique({ where: { slug } });
  if (!organisation) throw new ValidationError('Unknown organisation', { organisationSlug: [`No organisation "${slug}"`] });
  return organisation;
}

export async function createUser(actor: TActor, input: TCreateUserInput) {
  assertAdministrator(actor);
  const db = getDb();
  const organisation = await findOrganisationBySlug(input.organisationSlug);
  assertRoleFitsOrganisation(input.role, organisation.kind);
  assertPasswordFitsUser(input.password, input.email, 'password');
  if (await db.user.findUnique({ where: { email: input.email } })) {
    throw new ValidationError('A user with this e-mail exists', { email: ['This e-mail is already registered'] });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, organisationId: organisation.id, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordAudit(tx, actor, {
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, organisationId: organisation.id },
    });
    return user;
  });
}

/**
 * Changes role and organisation. An administrator cannot change their own role (that is how the
 * last one would lock everybody out), and a user who stops being an auditor loses the grants that
 * have not yet ended, so that making them an auditor again does not silently restore old access.
 */
export async function updateUser(actor: TActor, input: TUpdateUserInput): Promise<{ id: string; revokedGrants: number }> {
  assertAdministrator(actor);
  const user = await findUserOrThrow(input.userId);
  const organisation = await findOrganisationBySlug(input.organisationSlug);
  assertRoleFitsOrganisation(input.role, organisation.kind);
  if (user.id === actor.userId && input.role !== user.role) {
    throw new ValidationError('You cannot change your own role; ask another administrator.', { role: ['Your own role cannot be changed here'] });
  }
  if (user.role === input.role && user.organisationId === organisation.id) return { id: user.id, revokedGrants: 0 };
  const now = getNow();
  return getDb().$transaction(async (tx) => {
    await recordAudit(tx, actor, {
      action: 'user.update',
      entityType: 'User',
      entityId: user.id,
      before: { role: user.role, organisationId: user.organisationId },
      after: { role: input.role, organisationId: organisation.id },
    });
    if (user.role === 'ADMIN' && input.role !== 'ADMIN' && !user.disabledAt) await assertAnotherActiveAdmin(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { role: input.role, organisationId: organisation.id } });
    let revokedGrants = 0;
    if (user.role === 'AUDITOR' && input.role !== 'AUDITOR') {
      const open = await tx.auditorGrant.findMany({ where: { userId: user.id, revokedAt: null, validUntil: { gt: now } } });
      for (const grant of open) {
        await tx.auditorGrant.update({ where: { id: grant.id }, data: { revokedAt: now } });
        await recordAudit(tx, actor, {
          action: 'auditor-grant.revoke',
          entityType: 'AuditorGrant',
          entityId: grant.id,
          procedureId: grant.procedureId,
          before: { revokedAt: null },
          after: { revokedAt: now, reason: 'role changed' },
        });
      }
      revokedGrants = open.length;
    }
    return { id: user.id, revokedGrants };
  });
}

/** Disabling ends the user's sessions and API tokens at once (loadActor refuses a disabled user). */
export async function disableUser(actor: TActor, input: TUserIdInput): Promise<{ id: string }> {
  assertAdministrator(actor);
  if (input.userId === actor.userId) throw new ValidationError('You cannot disable your own account; ask another administrator.');
  const user = await findUserOrThrow(input.userId);
  if (user.disabledAt) throw new ValidationError('This account is already disabled; nothing was changed.');
  const now = getNow();
  await getDb().$transaction(async (tx) => {
    await recordAudit(tx, actor, { action: 'user.disable', entityType: 'User', entityId: user.id, before: { disabledAt: null }, after: { disabledAt: now } });
    if (user.role === 'ADMIN') await assertAnotherActiveAdmin(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: now, sessionsValidAfter: now } });
  });
  return { id: user.id };
}

export async function enableUser(actor: TActor, input: TUserIdInput): Promise<{ id: string }> {
  assertAdministrator(actor);
  const user = await findUserOrThrow(input.userId);
  if (!user.disabledAt) throw new ValidationError('This account is already active; nothing was changed.');
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    await recordAudit(tx, actor, {
      action: 'user.enable',
      entityType: 'User',
      entityId: user.id,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: null },
    });
  });
  return { id: user.id };
}

/**
 * Sets a new password chosen by the administrator, ends the user's sessions and lifts a lock.
 * Administrators change their own password on the account page, where the current one is asked.
 */
export async function resetUserPassword(actor: TActor, input: TResetPasswordInput): Promise<{ id: string }> {
  assertAdministrator(actor);
  if (input.userId === actor.userId) throw new ValidationError('Change your own password on your account page; nothing was changed.');
  const user = await findUserOrThrow(input.userId);
  assertPasswordFitsUser(input.password, user.email, 'password');
  const passwordHash = await hashPassword(input.password);
  const now = getNow();
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidAfter: now, failedSignIns: 0, lockedUntil: null } });
    await recordAudit(tx, actor, {
      action: 'user.reset-password',
      entityType: 'User',
      entityId: user.id,
      before: { failedSignIns: user.failedSignIns, lockedUntil: user.lockedUntil },
      after: { passwordChanged: true, sessionsValidAfter: now, failedSignIns: 0, lockedUntil: null },
    });
  });
  return { id: user.id };
}

export async function unlockUser(actor: TActor, input: TUserIdInput): Promise<{ id: string }> {
  assertAdministrator(actor);
  const user = await findUserOrThrow(input.userId);
  if (user.failedSignIns === 0 && user.lockedUntil === null) throw new ValidationError('This account is not locked; nothing was changed.');
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
    await recordAudit(tx, actor, {
      action: 'user.unlock',
      entityType: 'User',
      entityId: user.id,
      before: { failedSignIns: user.failedSignIns, lockedUntil: user.lockedUntil },
      after: { failedSignIns: 0, lockedUntil: null },
    });
  });
  return { id: user.id };
}

/** Any signed-in user changes their own password; every session of theirs ends, this one included. */
export async function changeOwnPassword(actor: TActor, input: TChangeOwnPasswordInput): Promise<{ id: string }> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user || user.disabledAt) throw new NotFoundError('User not found');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ValidationError('Your password was not changed.', { currentPassword: ['This is not your current password'] });
  }
  assertPasswordFitsUser(input.newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = getNow();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidAfter: now } });
    await recordAudit(tx, actor, {
      action: 'user.change-password',
      entityType: 'User',
      entityId: user.id,
      after: { passwordChanged: true, sessionsValidAfter: now },
    });
  });
  return { id: user.id };
}

export const ZSetOwnLocaleInput = z.object({ locale: z.enum(LOCALES) }).strict();
export type TSetOwnLocaleInput = z.infer<typeof ZSetOwnLocaleInput>;

/** Any signed-in user chooses the language of their own interface. */
export async function setOwnLocale(actor: TActor, input: TSetOwnLocaleInput): Promise<{ locale: TLocale }> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, locale: true, disabledAt: true } });
    if (!user || user.disabledAt) throw new NotFoundError('User not found');
    await tx.user.update({ where: { id: user.id }, data: { locale: input.locale } });
    await recordAudit(tx, actor, {
      action: 'user.set-locale',
      entityType: 'User',
      entityId: user.id,
      before: { locale: user.locale },
      after: { locale: input.locale },
    });
  });
  return { locale: input.locale };
}
