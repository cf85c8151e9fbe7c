import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { createOrganisation, renameOrganisation } from './mutations';
import { listOrganisations } from './queries';
import { ZCreateOrganisationInput } from './schemas';

let database: TTestDatabase;
let admin: TActor;

beforeAll(async () => {
  database = await createDemoTestDatabase();
  admin = await getActorByEmail(database.db, 'admin@certqa.demo');
});
afterAll(async () => database.drop());

test('the list shows each organisation with its kind and user counts', async () => {
  await database.db.user.update({ where: { email: 'partner@northwind.demo' }, data: { disabledAt: new Date() } });
  const rows = await listOrganisations(admin);
  expect(rows.map((row) => [row.slug, row.kind, row.userCount, row.activeUserCount])).toEqual([
    ['coursera', 'PLATFORM', 2, 2],
    ['fibaa', 'AGENCY', 1, 1],
    ['ibm', 'CONTENT_PARTNER', 1, 1],
    ['northwind-university', 'CONTENT_PARTNER', 1, 0],
  ]);
  await database.db.user.update({ where: { email: 'partner@northwind.demo' }, data: { disabledAt: null } });
});

test('an administrator creates an organisation with a unique slug, audited', async () => {
  const { id } = await createOrganisation(admin, { slug: 'acme-agency', name: 'ACME Accreditation', kind: 'AGENCY' });
  expect((await listOrganisations(admin)).find((row) => row.id === id)).toMatchObject({ slug: 'acme-agency', kind: 'AGENCY', userCount: 0 });
  const entry = await database.db.auditEntry.findFirstOrThrow({ where: { entityType: 'Organisation', entityId: id } });
  expect(entry).toMatchObject({ action: 'organisation.create', actorLabel: 'admin@certqa.demo' });

  const before = await computeTableDigest(database.db);
  const taken = await createOrganisation(admin, { slug: 'ibm', name: 'Another IBM', kind: 'CONTENT_PARTNER' }).catch((caught: unknown) => caught);
  expect(taken).toBeInstanceOf(ValidationError);
  expect((taken as ValidationError).fieldErrors).toEqual({ slug: ['This slug is already used by another organisation'] });
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('slugs are lower-case words joined by single hyphens', () => {
  const messages = (slug: string) => ZCreateOrganisationInput.safeParse({ slug, name: 'N', kind: 'AGENCY' }).error?.issues.map((issue) => issue.message) ?? [];
  expect(messages('northwind-university')).toEqual([]);
  expect(messages('  acme-2  ')).toEqual([]);
  for (const bad of ['Upper', 'two--hyphens', '-leading', 'trailing-', 'with space', 'ümlaut']) {
    expect(messages(bad)).toEqual(['Use lower-case letters, digits and single hyphens, e.g. northwind-university']);
  }
  expect(ZCreateOrganisationInput.safeParse({ slug: 'ok', name: ' ', kind: 'SCHOOL' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
    'name',
    'kind',
  ]);
});

test('renaming keeps slug and kind and records the old and new name', async () => {
  const ibm = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  await renameOrganisation(admin, { organisationId: ibm.id, name: 'IBM Skills Network' });
  expect(await database.db.organisation.findUniqueOrThrow({ where: { id: ibm.id } })).toMatchObject({
    slug: 'ibm',
    kind: 'CONTENT_PARTNER',
    name: 'IBM Skills Network',
  });
  const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'organisation.rename', entityId: ibm.id } });
  expect([entry.before, entry.after]).toEqual(['{"name":"IBM"}', '{"name":"IBM Skills Network"}']);
  await expect(renameOrganisation(admin, { organisationId: 'no-such-organisation', name: 'X' })).rejects.toBeInstanceOf(NotFoundError);
});

test("a non-administrator's calls are refused and change nothing", async () => {
  const ibm = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  const before = await computeTableDigest(database.db);
  for (const email of ['quality@coursera.demo', 'partner@ibm.demo', 'auditor@fibaa.demo']) {
    const actor = await getActorByEmail(database.db, email);
    await expect(createOrganisation(actor, { slug: 'rogue', name: 'Rogue', kind: 'PLATFORM' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(renameOrganisation(actor, { organisationId: ibm.id, name: 'Renamed' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOrganisations(actor)).rejects.toBeInstanceOf(NotFoundError);
  }
  expect(await computeTableDigest(database.db)).toBe(before);
});
