import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { seedDemoFacts } from './seed-demo-facts';

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

test('the demo holds the facts of FIBAA 23/016', async () => {
  expect((await seedDemoFacts(database.db)).created).toBe(true);
  const { db } = database;
  const procedure = await db.accreditationProcedure.findFirstOrThrow({
    include: { certificates: true, conditions: { include: { decisions: true } }, recommendations: true, qualityProfile: true },
  });
  expect(procedure.projectNumber).toBe('23/016');
  expect(procedure.certificates).toHaveLength(6);
  expect(procedure.conditions.map((condition) => condition.number)).toEqual([1, 2, 3, 4, 5]);
  expect(procedure.conditions.every((condition) => condition.decisions.length === 1 && condition.status === 'FULFILLED')).toBe(true);
  expect(procedure.recommendations).toHaveLength(10);
  expect(procedure.qualityProfile).toHaveLength(41);
  expect(procedure.qualityProfile.filter((row) => row.rating === 'CONDITION').map((row) => row.criterionCode)).toEqual(['1.1', '3.1.2', '3.4.2', '5', '6.1']);
  // "Python for Data Science, AI & Development" is one course shared by four certificates.
  const python = await db.course.findFirstOrThrow({ where: { name: 'Python for Data Science, AI & Development' }, include: { certificates: true } });
  expect(python.certificates).toHaveLength(4);
  expect(await db.user.count()).toBe(5);
});

test('seeding again changes nothing', async () => {
  const before = await computeTableDigest(database.db);
  expect((await seedDemoFacts(database.db)).created).toBe(false);
  expect(await computeTableDigest(database.db)).toBe(before);
});
