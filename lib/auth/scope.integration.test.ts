import { afterAll, beforeAll, expect, test } from 'vitest';
import { getCertificateBySlug, listCertificates } from '@/lib/certificates/queries';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { NotFoundError } from '@/lib/errors';
import { getProcedure, listProcedures } from '@/lib/procedures/queries';
import { getActorByEmail } from '@/lib/testing/actors';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { certificateScope, procedureScope } from './scope';

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoFacts(database.db);
});
afterAll(async () => database.drop());

const IBM_SLUGS = [
  'ibm-cybersecurity-analyst',
  'ibm-data-analyst',
  'ibm-data-analyst-r-excel',
  'ibm-data-engineer',
  'ibm-data-science',
  'ibm-full-stack-cloud-developer',
];

async function slugsVisibleTo(email: string) {
  const actor = await getActorByEmail(database.db, email);
  return (await listCertificates(actor)).map((certificate) => certificate.slug).sort();
}

test('the quality manager sees every certificate of the platform', async () => {
  expect(await slugsVisibleTo('quality@coursera.demo')).toEqual([...IBM_SLUGS, 'northwind-learning-analytics'].sort());
});

test('each content partner sees only its own certificates', async () => {
  expect(await slugsVisibleTo('partner@ibm.demo')).toEqual(IBM_SLUGS);
  expect(await slugsVisibleTo('partner@northwind.demo')).toEqual(['northwind-learning-analytics']);
});

test("a partner asking for another partner's certificate by slug gets not-found", async () => {
  const northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  await expect(getCertificateBySlug(northwind, 'ibm-data-science')).rejects.toBeInstanceOf(NotFoundError);
  const ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  await expect(getCertificateBySlug(ibm, 'northwind-learning-analytics')).rejects.toBeInstanceOf(NotFoundError);
});

test('the auditor sees the granted procedure and its certificates only while the grant is in force', async () => {
  const auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  // The demo auditor holds two grants: FIBAA 23/016 (IBM) and the fictional open procedure (Northwind).
  expect(await slugsVisibleTo('auditor@fibaa.demo')).toEqual([...IBM_SLUGS, 'northwind-learning-analytics'].sort());
  const procedures = await listProcedures(auditor);
  expect(procedures.map((entry) => entry.projectNumber).sort()).toEqual(['23/016', '26/901 (fictional demo)']);
  const procedure = procedures.find((entry) => entry.projectNumber === '23/016');

  const inTwoYears = new Date(Date.now() + 2 * 365 * 86_400_000);
  expect(await database.db.certificate.count({ where: certificateScope(auditor, inTwoYears) })).toBe(0);
  expect(await database.db.accreditationProcedure.count({ where: procedureScope(auditor, inTwoYears) })).toBe(0);

  await database.db.auditorGrant.updateMany({ where: { userId: auditor.userId }, data: { revokedAt: new Date() } });
  expect(await listProcedures(auditor)).toEqual([]);
  await expect(getProcedure(auditor, procedure?.id ?? '')).rejects.toBeInstanceOf(NotFoundError);
  await database.db.auditorGrant.updateMany({ where: { userId: auditor.userId }, data: { revokedAt: null } });
});

test('the administrator reads no certificate or procedure data (fail closed)', async () => {
  expect(await slugsVisibleTo('admin@certqa.demo')).toEqual([]);
  const admin = await getActorByEmail(database.db, 'admin@certqa.demo');
  expect(await listProcedures(admin)).toEqual([]);
});

test('an unknown role matches nothing', async () => {
  const ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  const forged = { ...ibm, role: 'SUPERUSER' as never };
  expect(await database.db.certificate.count({ where: certificateScope(forged) })).toBe(0);
});

test('a content partner sees the procedure covering its certificates; the other partner does not', async () => {
  const ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  const northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  const [procedure, ...others] = await listProcedures(ibm);
  expect(others).toEqual([]);
  expect(procedure?.certificateCount).toBe(6);
  expect((await listProcedures(northwind)).map((entry) => entry.projectNumber)).toEqual(['26/901 (fictional demo)']);
  await expect(getProcedure(northwind, procedure?.id ?? '')).rejects.toBeInstanceOf(NotFoundError);
});
