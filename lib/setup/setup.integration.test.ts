import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { loadActor } from '@/lib/auth/authenticate';
import { verifyPassword } from '@/lib/auth/password';
import { PASSWORD_MESSAGES } from '@/lib/auth/password-policy';
import { ValidationError } from '@/lib/errors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { ALREADY_SET_UP, createFirstAdmin } from './mutations';
import { isFirstRun } from './queries';
import { ZCreateFirstAdminInput } from './schemas';

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

const GOOD_INPUT = {
  organisationName: 'Hochschule für Künstliche Intelligenz',
  name: 'Ada Admin',
  email: 'Ada@Example.org',
  password: 'a long first-run passphrase',
};

/** The field errors the schema gives, by field, or {} when the input passes. */
function fieldErrors(input: unknown): Record<string, string[]> {
  const parsed = ZCreateFirstAdminInput.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.');
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

test('bad input is refused by the schema, with the password policy, before anything is written', async () => {
  const before = await computeTableDigest(database.db);
  expect(fieldErrors(GOOD_INPUT)).toEqual({});
  expect(fieldErrors({ ...GOOD_INPUT, password: 'too short' })).toEqual({ password: [PASSWORD_MESSAGES.tooShort] });
  expect(fieldErrors({ ...GOOD_INPUT, password: 'password1234' })).toEqual({ password: [PASSWORD_MESSAGES.common] });
  expect(fieldErrors({ ...GOOD_INPUT, password: 'ada-is-the-first-admin' })).toEqual({ password: [PASSWORD_MESSAGES.containsEmailName] });
  expect(fieldErrors({ ...GOOD_INPUT, email: 'not an address' })).toEqual({ email: ['Not an e-mail address'] });
  expect(Object.keys(fieldErrors({ organisationName: ' ', name: '', email: '', password: '' })).sort()).toEqual([
    'email',
    'name',
    'organisationName',
    'password',
  ]);
  // No other field reaches the mutation: a role or an organisation kind cannot be smuggled in.
  expect(Object.keys(fieldErrors({ ...GOOD_INPUT, role: 'AUDITOR' }))).toEqual(['']);
  expect(await isFirstRun()).toBe(true);
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('on an empty database it creates the platform organisation and its administrator, audited', async () => {
  expect(await isFirstRun()).toBe(true);
  const created = await createFirstAdmin(ZCreateFirstAdminInput.parse(GOOD_INPUT), { locale: 'de' });
  expect(created.email).toBe('ada@example.org');
  expect(created.organisationSlug).toBe('hochschule-fur-kunstliche-intelligenz');
  expect(await isFirstRun()).toBe(false);

  const organisation = await database.db.organisation.findUniqueOrThrow({ where: { id: created.organisationId } });
  expect(organisation).toMatchObject({ name: GOOD_INPUT.organisationName, kind: 'PLATFORM' });
  const user = await database.db.user.findUniqueOrThrow({ where: { id: created.userId } });
  expect(user).toMatchObject({ email: 'ada@example.org', name: 'Ada Admin', role: 'ADMIN', organisationId: organisation.id, locale: 'de', disabledAt: null });
  expect(await verifyPassword(GOOD_INPUT.password, user.passwordHash)).toBe(true);
  expect(await loadActor(database.db, user.id)).toMatchObject({ role: 'ADMIN', organisationId: organisation.id });

  const entries = await database.db.auditEntry.findMany({ orderBy: { sequence: 'asc' } });
  expect(entries.map((entry) => [entry.action, entry.entityType, entry.entityId, entry.actorLabel])).toEqual([
    ['organisation.create', 'Organisation', organisation.id, 'ada@example.org'],
    ['user.create', 'User', user.id, 'ada@example.org'],
  ]);
  expect(entries.some((entry) => `${entry.before}${entry.after}`.includes(user.passwordHash))).toBe(false);
  expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 2 });
});

test('once any user exists it is refused with a ValidationError and nothing is written', async () => {
  const before = await computeTableDigest(database.db);
  const again = await createFirstAdmin(ZCreateFirstAdminInput.parse({ ...GOOD_INPUT, email: 'mallory@example.org', organisationName: 'Other' })).catch(
    (caught: unknown) => caught,
  );
  expect(again).toBeInstanceOf(ValidationError);
  expect((again as ValidationError).message).toBe(ALREADY_SET_UP);
  expect(await computeTableDigest(database.db)).toBe(before);
  expect(await database.db.user.count()).toBe(1);
  expect(await database.db.organisation.count()).toBe(1);

  // Even when the only user is disabled: setup is over for good.
  await database.db.user.updateMany({ data: { disabledAt: new Date('2026-01-01T00:00:00Z') } });
  const disabledBefore = await computeTableDigest(database.db);
  await expect(createFirstAdmin(ZCreateFirstAdminInput.parse({ ...GOOD_INPUT, email: 'eve@example.org' }))).rejects.toBeInstanceOf(ValidationError);
  expect(await computeTableDigest(database.db)).toBe(disabledBefore);
  await database.db.user.updateMany({ data: { disabledAt: null } });
});

test('two visitors submitting at once: exactly one administrator is created', async () => {
  // A database of its own, empty again; the file's database is restored afterwards.
  const first = database;
  const race = await createTestDatabase();
  try {
    const results = await Promise.allSettled(
      ['one', 'two', 'three'].map((who) =>
        createFirstAdmin(ZCreateFirstAdminInput.parse({ ...GOOD_INPUT, email: `${who}@example.org`, organisationName: who })),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((entry) => entry.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ValidationError);
    }
    expect(await race.db.user.count()).toBe(1);
    expect(await race.db.organisation.count()).toBe(1);
    expect(await verifyAuditChain(race.db)).toMatchObject({ ok: true, entries: 2 });
  } finally {
    await race.drop();
    process.env.DATABASE_URL = first.url;
    database = { ...first, db: (await import('@/lib/db/client')).getDb() };
  }
});
