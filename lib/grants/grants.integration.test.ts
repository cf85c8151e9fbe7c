import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { certificateScope } from '@/lib/auth/scope';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { listProcedures } from '@/lib/procedures/queries';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { createUser } from '@/lib/users/mutations';
import { createGrant, revokeGrant } from './mutations';
import { listGrantOptions, listGrants } from './queries';
import { ZCreateGrantInput } from './schemas';

const DAY = 86_400_000;

let database: TTestDatabase;
let admin: TActor;
let auditor: TActor;
let procedureId: string;

/** Midnight UTC `days` days from today, as the form's date inputs give it. */
function dayFromToday(days: number): Date {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  return new Date(today.getTime() + days * DAY);
}

function moveClock(days: number) {
  process.env.CERTQA_CLOCK_OFFSET_DAYS = String(days);
}

async function visibleProcedureIds(actor: TActor): Promise<string[]> {
  return (await listProcedures(actor)).map((procedure) => procedure.id);
}

async function stateOf(grantId: string) {
  return (await listGrants(admin)).find((grant) => grant.id === grantId)?.state;
}

beforeAll(async () => {
  database = await createDemoTestDatabase();
  admin = await getActorByEmail(database.db, 'admin@certqa.demo');
  // A fresh auditor without the demo grants, so that every procedure it sees comes from this file.
  await createUser(admin, {
    email: 'second.auditor@fibaa.demo',
    name: 'Sam Second',
    role: 'AUDITOR',
    organisationSlug: 'fibaa',
    password: 'a-long-test-passphrase-7',
  });
  auditor = await getActorByEmail(database.db, 'second.auditor@fibaa.demo');
  procedureId = (await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: '23/016' } })).id;
});
afterEach(() => {
  delete process.env.CERTQA_CLOCK_OFFSET_DAYS;
});
afterAll(async () => database.drop());

test('a grant is pending before its first day, active until its end, then expired, as the clock moves', async () => {
  const { id } = await createGrant(admin, { auditorId: auditor.userId, procedureId, validFrom: dayFromToday(1), validUntil: dayFromToday(3) });
  expect(await stateOf(id)).toBe('PENDING');
  expect(await visibleProcedureIds(auditor)).toEqual([]);

  moveClock(1);
  expect(await stateOf(id)).toBe('ACTIVE');
  expect(await visibleProcedureIds(auditor)).toEqual([procedureId]);
  expect(await database.db.certificate.count({ where: certificateScope(auditor) })).toBe(6);

  moveClock(3);
  expect(await stateOf(id)).toBe('EXPIRED');
  expect(await visibleProcedureIds(auditor)).toEqual([]);
  expect(await database.db.certificate.count({ where: certificateScope(auditor) })).toBe(0);
  // An expired grant gives nothing to revoke.
  await expect(revokeGrant(admin, { grantId: id })).rejects.toThrow('already expired');
});

test('revoking an active grant ends access at once and is audited with the procedure', async () => {
  const { id } = await createGrant(admin, { auditorId: auditor.userId, procedureId, validFrom: dayFromToday(0), validUntil: dayFromToday(1) });
  expect(await stateOf(id)).toBe('ACTIVE');
  expect(await visibleProcedureIds(auditor)).toEqual([procedureId]);

  await revokeGrant(admin, { grantId: id });
  expect(await stateOf(id)).toBe('REVOKED');
  expect(await visibleProcedureIds(auditor)).toEqual([]);
  await expect(revokeGrant(admin, { grantId: id })).rejects.toBeInstanceOf(ValidationError);

  const entries = await database.db.auditEntry.findMany({ where: { entityType: 'AuditorGrant', entityId: id }, orderBy: { sequence: 'asc' } });
  expect(entries.map((entry) => [entry.action, entry.procedureId, entry.actorLabel])).toEqual([
    ['auditor-grant.create', procedureId, 'admin@certqa.demo'],
    ['auditor-grant.revoke', procedureId, 'admin@certqa.demo'],
  ]);
});

test('the options list active auditors and every procedure; grants go only to auditors', async () => {
  const options = await listGrantOptions(admin);
  expect(options.auditors.map((option) => option.label)).toEqual(['Alex Auditor <auditor@fibaa.demo>', 'Sam Second <second.auditor@fibaa.demo>']);
  expect(options.procedures.map((option) => option.id)).toContain(procedureId);

  const quality = await getActorByEmail(database.db, 'quality@coursera.demo');
  const before = await computeTableDigest(database.db);
  const error = await createGrant(admin, {
    auditorId: quality.userId,
    procedureId: 'no-such-procedure',
    validFrom: dayFromToday(0),
    validUntil: dayFromToday(1),
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fieldErrors).toEqual({ auditorId: ['Grants go to users with the auditor role'], procedureId: ['Unknown procedure'] });
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('the form schema reads days and wants the end after the start', () => {
  const parsed = ZCreateGrantInput.safeParse({ auditorId: 'a', procedureId: 'p', validFrom: '2026-12-01', validUntil: '2026-12-01' });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['validUntil', 'The end must be after the start']]);
  const ok = ZCreateGrantInput.parse({ auditorId: 'a', procedureId: 'p', validFrom: '2026-12-01', validUntil: '2026-12-02' });
  expect(ok.validFrom.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  expect(
    ZCreateGrantInput.safeParse({ auditorId: '', procedureId: 'p', validFrom: '1.12.2026', validUntil: '2026-12-02' }).error?.issues.map(
      (issue) => issue.message,
    ),
  ).toEqual(['Choose an auditor', 'Use a date like 2026-12-31']);
});

test("a non-administrator's calls are refused and change nothing", async () => {
  const { id } = await createGrant(admin, { auditorId: auditor.userId, procedureId, validFrom: dayFromToday(0), validUntil: dayFromToday(30) });
  const before = await computeTableDigest(database.db);
  for (const email of ['quality@coursera.demo', 'partner@ibm.demo', 'auditor@fibaa.demo']) {
    const actor = await getActorByEmail(database.db, email);
    await expect(createGrant(actor, { auditorId: actor.userId, procedureId, validFrom: dayFromToday(0), validUntil: dayFromToday(9) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(revokeGrant(actor, { grantId: id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGrants(actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listGrantOptions(actor)).rejects.toBeInstanceOf(NotFoundError);
  }
  expect(await computeTableDigest(database.db)).toBe(before);
  expect(await stateOf(id)).toBe('ACTIVE');
});
