import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { authenticateApiToken, createOwnApiToken, listAllApiTokens, listOwnApiTokens, revokeApiTokenAsActor } from '@/lib/auth/api-tokens';
import { loadActor } from '@/lib/auth/authenticate';
import { verifyPassword } from '@/lib/auth/password';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { ForbiddenError, NotFoundError, type ValidationError } from '@/lib/errors';
import { createGrant } from '@/lib/grants/mutations';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { changeOwnPassword, createUser, disableUser, enableUser, resetUserPassword, unlockUser, updateUser } from './mutations';
import { getUser, listUsers } from './queries';

const PASSWORD = 'a-long-test-passphrase-7';
const DAY = 86_400_000;

let database: TTestDatabase;
let admin: TActor;

async function newUser(email: string, role: 'ADMIN' | 'QUALITY_MANAGER' | 'CONTENT_PARTNER' | 'AUDITOR', organisationSlug: string) {
  const { id } = await createUser(admin, { email, name: email.split('@')[0] ?? email, role, organisationSlug, password: PASSWORD });
  return id;
}

/** Whether the stored hash of the user with this e-mail verifies the password (sign-in's own limits aside). */
async function hasPassword(email: string, password: string): Promise<boolean> {
  const user = await database.db.user.findUniqueOrThrow({ where: { email } });
  return verifyPassword(password, user.passwordHash);
}

async function auditActions(entityId: string): Promise<string[]> {
  const entries = await database.db.auditEntry.findMany({ where: { entityId }, orderBy: { sequence: 'asc' } });
  return entries.map((entry) => entry.action);
}

beforeAll(async () => {
  database = await createDemoTestDatabase();
  admin = await getActorByEmail(database.db, 'admin@certqa.demo');
});
afterAll(async () => database.drop());

test('an administrator creates a user whose role fits the organisation; misfits are field errors', async () => {
  const id = await newUser('new.quality@coursera.demo', 'QUALITY_MANAGER', 'coursera');
  expect(await auditActions(id)).toEqual(['user.create']);
  const entry = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: id } });
  expect(entry.after).not.toContain('scrypt');

  const before = await computeTableDigest(database.db);
  const misfit = await createUser(admin, { email: 'x@ibm.demo', name: 'X', role: 'QUALITY_MANAGER', organisationSlug: 'ibm', password: PASSWORD }).catch(
    (caught: unknown) => caught,
  );
  expect((misfit as ValidationError).fieldErrors).toEqual({ role: ['A quality manager cannot belong to a content partner organisation'] });
  const duplicate = await createUser(admin, {
    email: 'new.quality@coursera.demo',
    name: 'Y',
    role: 'QUALITY_MANAGER',
    organisationSlug: 'coursera',
    password: PASSWORD,
  }).catch((caught: unknown) => caught);
  expect((duplicate as ValidationError).fieldErrors).toEqual({ email: ['This e-mail is already registered'] });
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('changing role and organisation: checked against the organisation kind; an auditor who stops being one loses open grants', async () => {
  const id = await newUser('moving.auditor@fibaa.demo', 'AUDITOR', 'fibaa');
  const procedure = await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: '23/016' } });
  const now = Date.now();
  await createGrant(admin, { auditorId: id, procedureId: procedure.id, validFrom: new Date(now - DAY), validUntil: new Date(now + DAY) });
  await createGrant(admin, { auditorId: id, procedureId: procedure.id, validFrom: new Date(now - 9 * DAY), validUntil: new Date(now - 2 * DAY) });

  await expect(updateUser(admin, { userId: id, role: 'CONTENT_PARTNER', organisationSlug: 'fibaa' })).rejects.toThrow('Role and organisation do not fit');
  expect(await updateUser(admin, { userId: id, role: 'QUALITY_MANAGER', organisationSlug: 'coursera' })).toEqual({ id, revokedGrants: 1 });
  const moved = await getUser(admin, id);
  expect(moved).toMatchObject({ role: 'QUALITY_MANAGER', organisation: { slug: 'coursera' } });
  const grants = await database.db.auditorGrant.findMany({ where: { userId: id }, orderBy: { validUntil: 'asc' } });
  // The expired grant stays as it was (it gave no access anyway); the running one is revoked.
  expect(grants.map((grant) => grant.revokedAt !== null)).toEqual([false, true]);
  expect(await auditActions(id)).toEqual(['user.create', 'user.update']);
});

test('administrators cannot change their own role or disable themselves', async () => {
  const before = await computeTableDigest(database.db);
  await expect(updateUser(admin, { userId: admin.userId, role: 'QUALITY_MANAGER', organisationSlug: 'coursera' })).rejects.toThrow(
    'You cannot change your own role',
  );
  await expect(disableUser(admin, { userId: admin.userId })).rejects.toThrow('You cannot disable your own account');
  await expect(resetUserPassword(admin, { userId: admin.userId, password: 'another-long-passphrase-8' })).rejects.toThrow('your account page');
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('the last active administrator can be neither disabled nor demoted', async () => {
  const before = await computeTableDigest(database.db);
  await expect(disableUser(SYSTEM_ACTOR, { userId: admin.userId })).rejects.toThrow('at least one active administrator');
  await expect(updateUser(SYSTEM_ACTOR, { userId: admin.userId, role: 'QUALITY_MANAGER', organisationSlug: 'coursera' })).rejects.toThrow(
    'at least one active administrator',
  );
  expect(await computeTableDigest(database.db)).toBe(before);

  // With a second administrator, the first may go; the second then is the last one.
  const secondId = await newUser('second.admin@certqa.demo', 'ADMIN', 'coursera');
  await disableUser(SYSTEM_ACTOR, { userId: admin.userId });
  await expect(disableUser(SYSTEM_ACTOR, { userId: secondId })).rejects.toThrow('at least one active administrator');
  await enableUser(SYSTEM_ACTOR, { userId: admin.userId });
  await updateUser(admin, { userId: secondId, role: 'QUALITY_MANAGER', organisationSlug: 'coursera' });
  await expect(disableUser(SYSTEM_ACTOR, { userId: admin.userId })).rejects.toThrow('at least one active administrator');
});

test('disabling ends access at once: no actor for its sessions, no API token; enabling restores it', async () => {
  const id = await newUser('leaving.partner@ibm.demo', 'CONTENT_PARTNER', 'ibm');
  const partner = await getActorByEmail(database.db, 'leaving.partner@ibm.demo');
  const { token } = await createOwnApiToken(partner, { name: 'reporting', expiresInDays: null });
  expect(await authenticateApiToken(`Bearer ${token}`)).toMatchObject({ userId: id });

  await disableUser(admin, { userId: id });
  expect(await loadActor(database.db, id)).toBeNull();
  expect(await authenticateApiToken(`Bearer ${token}`)).toBeNull();
  const disabled = await getUser(admin, id);
  expect(disabled.status.kind).toBe('DISABLED');
  expect(await database.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ sessionsValidAfter: disabled.disabledAt });
  await expect(disableUser(admin, { userId: id })).rejects.toThrow('already disabled');

  await enableUser(admin, { userId: id });
  expect(await loadActor(database.db, id)).toMatchObject({ userId: id, role: 'CONTENT_PARTNER' });
  expect(await auditActions(id)).toEqual(['user.create', 'user.disable', 'user.enable']);
});

test('a reset password works at once, ends sessions, lifts the lock and never reaches the audit log', async () => {
  const id = await newUser('forgetful@coursera.demo', 'QUALITY_MANAGER', 'coursera');
  const lockedUntil = new Date(Date.now() + 3_600_000);
  await database.db.user.update({ where: { id }, data: { failedSignIns: 5, lockedUntil } });
  expect((await listUsers(admin)).find((user) => user.id === id)?.status).toEqual({ kind: 'LOCKED', until: lockedUntil });

  const named = await resetUserPassword(admin, { userId: id, password: 'Forgetful-no-more-2026' }).catch((caught: unknown) => caught);
  expect((named as ValidationError).fieldErrors).toEqual({ password: ['The password must not contain the name part of the e-mail address (before the @)'] });
  await resetUserPassword(admin, { userId: id, password: 'the-new-long-passphrase-9' });
  const user = await database.db.user.findUniqueOrThrow({ where: { id } });
  expect(user).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  expect(user.sessionsValidAfter).not.toBeNull();
  expect(await hasPassword('forgetful@coursera.demo', 'the-new-long-passphrase-9')).toBe(true);
  const entries = await database.db.auditEntry.findMany({ where: { entityId: id } });
  expect(entries.map((entry) => `${entry.before}${entry.after}`).join('')).not.toMatch(/scrypt|the-new-long-passphrase/);
});

test('unlocking clears failed sign-ins and the lock', async () => {
  const id = await newUser('locked.out@coursera.demo', 'QUALITY_MANAGER', 'coursera');
  await expect(unlockUser(admin, { userId: id })).rejects.toThrow('not locked');
  await database.db.user.update({ where: { id }, data: { failedSignIns: 7, lockedUntil: new Date(Date.now() + 60_000) } });
  await unlockUser(admin, { userId: id });
  expect(await getUser(admin, id)).toMatchObject({ failedSignIns: 0, lockedUntil: null, status: { kind: 'ACTIVE' } });
  expect(await auditActions(id)).toEqual(['user.create', 'user.unlock']);
});

test('users change their own password only with the current one', async () => {
  await newUser('changing@ibm.demo', 'CONTENT_PARTNER', 'ibm');
  const actor = await getActorByEmail(database.db, 'changing@ibm.demo');
  const before = await computeTableDigest(database.db);
  const wrong = await changeOwnPassword(actor, { currentPassword: 'not-my-password', newPassword: 'a-fresh-long-passphrase-1' }).catch(
    (caught: unknown) => caught,
  );
  expect((wrong as ValidationError).fieldErrors).toEqual({ currentPassword: ['This is not your current password'] });
  expect(await computeTableDigest(database.db)).toBe(before);

  await changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: 'a-fresh-long-passphrase-1' });
  expect(await hasPassword('changing@ibm.demo', PASSWORD)).toBe(false);
  expect(await hasPassword('changing@ibm.demo', 'a-fresh-long-passphrase-1')).toBe(true);
  expect((await database.db.user.findUniqueOrThrow({ where: { id: actor.userId } })).sessionsValidAfter).not.toBeNull();
});

test("a non-administrator's calls are refused and change nothing", async () => {
  const target = await database.db.user.findUniqueOrThrow({ where: { email: 'partner@northwind.demo' } });
  const before = await computeTableDigest(database.db);
  for (const email of ['quality@coursera.demo', 'partner@ibm.demo', 'auditor@fibaa.demo']) {
    const actor = await getActorByEmail(database.db, email);
    await expect(
      createUser(actor, { email: 'sneaky@ibm.demo', name: 'S', role: 'ADMIN', organisationSlug: 'coursera', password: PASSWORD }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateUser(actor, { userId: actor.userId, role: 'ADMIN', organisationSlug: 'coursera' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(disableUser(actor, { userId: target.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetUserPassword(actor, { userId: target.id, password: 'takeover-passphrase-123' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(unlockUser(actor, { userId: target.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUser(actor, target.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAllApiTokens(actor)).rejects.toBeInstanceOf(NotFoundError);
  }
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('API tokens: shown once, hashed at rest, revocable by their owner and by administrators only', async () => {
  const ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  const northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  const own = await createOwnApiToken(ibm, { name: 'dashboard sync', expiresInDays: 30 });
  const other = await createOwnApiToken(ibm, { name: 'spreadsheet', expiresInDays: null });

  const listed = await listOwnApiTokens(ibm);
  expect(listed.map((token) => [token.name, token.prefix, token.state])).toEqual([
    ['spreadsheet', other.prefix, 'ACTIVE'],
    ['dashboard sync', own.prefix, 'ACTIVE'],
  ]);
  expect(JSON.stringify(listed)).not.toContain(own.token);
  expect(JSON.stringify(await listAllApiTokens(admin))).not.toContain(own.token);
  expect(await listOwnApiTokens(northwind)).toEqual([]);
  const audit = await database.db.auditEntry.findMany({ where: { entityType: 'ApiToken' } });
  expect(audit.map((entry) => `${entry.after}`).join('')).not.toContain(own.token.slice(4));

  // Another user's token is not found, and stays valid.
  await expect(revokeApiTokenAsActor(northwind, { tokenId: own.id })).rejects.toBeInstanceOf(NotFoundError);
  expect(await authenticateApiToken(`Bearer ${own.token}`)).toMatchObject({ userId: ibm.userId });

  await revokeApiTokenAsActor(ibm, { tokenId: own.id });
  expect(await authenticateApiToken(`Bearer ${own.token}`)).toBeNull();
  await revokeApiTokenAsActor(admin, { tokenId: other.id });
  expect(await authenticateApiToken(`Bearer ${other.token}`)).toBeNull();
  await expect(revokeApiTokenAsActor(admin, { tokenId: other.id })).rejects.toThrow('already revoked');

  const adminView = (await listAllApiTokens(admin)).filter((token) => token.userId === ibm.userId);
  expect(adminView.map((token) => [token.name, token.owner?.email, token.state])).toEqual([
    ['spreadsheet', 'partner@ibm.demo', 'REVOKED'],
    ['dashboard sync', 'partner@ibm.demo', 'REVOKED'],
  ]);
  const revocations = await database.db.auditEntry.findMany({ where: { action: 'api-token.revoke' }, orderBy: { sequence: 'asc' } });
  expect(revocations.map((entry) => [entry.entityId, entry.actorLabel])).toEqual([
    [own.id, 'partner@ibm.demo'],
    [other.id, 'admin@certqa.demo'],
  ]);
});
