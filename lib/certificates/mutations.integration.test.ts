import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { updateCertificateDefinition } from './mutations';
import { getCertificateBySlug, toCertificateDefinitionInput } from './queries';
import type { TUpdateCertificateInput } from './schemas';

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoFacts(database.db);
});
afterAll(async () => database.drop());

async function currentDefinition(slug: string): Promise<TUpdateCertificateInput> {
  const quality = await getActorByEmail(database.db, 'quality@coursera.demo');
  return toCertificateDefinitionInput(await getCertificateBySlug(quality, slug));
}

test('the FIBAA ledger comes out of the seeded definitions as the report states', async () => {
  const quality = await getActorByEmail(database.db, 'quality@coursera.demo');
  const fullStack = await getCertificateBySlug(quality, 'ibm-full-stack-cloud-developer');
  expect(fullStack.ledger.totalHours).toBe(141);
  expect(fullStack.ledger.impliedHoursPerCredit).toBeCloseTo(23.5, 10);
  expect(fullStack.ledger.flags.map((flag) => flag.code)).toEqual(['BELOW_BAND', 'OFF_ROUNDING_RULE']);
  const python = fullStack.courseHourConflicts.find((conflict) => conflict.courseName === 'Python for Data Science, AI & Development');
  expect(python?.statements.map((statement) => statement.estimatedHours).sort()).toEqual([20, 21, 21, 21]);
  const engineer = await getCertificateBySlug(quality, 'ibm-data-engineer');
  expect(engineer.ledger.totalHours).toBe(217);
  expect(engineer.ledger.exactCredits).toBeCloseTo(8.68, 10);
});

test('a quality manager reorders courses, changes hours and adds a new course', async () => {
  const quality = await getActorByEmail(database.db, 'quality@coursera.demo');
  const input = await currentDefinition('ibm-data-science');
  const [first, second, ...rest] = input.courses;
  if (!first || !second) throw new Error('seed has courses');
  input.courses = [
    { ...second, position: 1 },
    { ...first, position: 2, estimatedHours: 9.5 },
    ...rest,
    { newCourseName: 'Generative AI for Data Scientists', position: rest.length + 3, estimatedHours: 6 },
  ];
  input.statedCredits = 7;
  await updateCertificateDefinition(quality, input);
  const after = await getCertificateBySlug(quality, 'ibm-data-science');
  expect(after.courses[0]?.courseId).toBe(second.courseId);
  expect(after.courses[1]).toMatchObject({ courseId: first.courseId, estimatedHours: 9.5 });
  expect(after.courses.at(-1)?.name).toBe('Generative AI for Data Scientists');
  expect(after.ledger.totalHours).toBe(165 + 1.5 + 6);
  expect(after.ledger.statedCredits).toBe(7);
});

test('an unknown course id is a field error and changes nothing', async () => {
  const quality = await getActorByEmail(database.db, 'quality@coursera.demo');
  const input = await currentDefinition('ibm-data-analyst');
  input.courses[2] = { courseId: 'no-such-course', position: 3, estimatedHours: 9 };
  const before = await computeTableDigest(database.db);
  const error = await updateCertificateDefinition(quality, input).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fieldErrors).toEqual({ 'courses.2.courseId': ['Unknown course'] });
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('an unknown certificate is not found and changes nothing', async () => {
  const quality = await getActorByEmail(database.db, 'quality@coursera.demo');
  const input = { ...(await currentDefinition('ibm-data-analyst')), certificateId: 'no-such-certificate' };
  const before = await computeTableDigest(database.db);
  await expect(updateCertificateDefinition(quality, input)).rejects.toBeInstanceOf(NotFoundError);
  expect(await computeTableDigest(database.db)).toBe(before);
});

test("partners cannot edit: their own certificate is forbidden, another partner's is not found", async () => {
  const ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  const northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  const auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  const input = await currentDefinition('ibm-cybersecurity-analyst');
  input.statedCredits = 99;
  const before = await computeTableDigest(database.db);
  await expect(updateCertificateDefinition(ibm, input)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(updateCertificateDefinition(auditor, input)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(updateCertificateDefinition(northwind, input)).rejects.toBeInstanceOf(NotFoundError);
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('a quality manager may reuse a course of another certificate of the platform', async () => {
  const quality = await getActorByEmail(database.db, 'quality@coursera.demo');
  const northwindCourse = await database.db.course.findFirstOrThrow({ where: { name: 'Foundations of Learning Analytics' } });
  const input = await currentDefinition('ibm-data-analyst');
  input.courses.push({ courseId: northwindCourse.id, position: 99, estimatedHours: 5 });
  await expect(updateCertificateDefinition(quality, input)).resolves.toEqual({ slug: 'ibm-data-analyst' });
  const after = await getCertificateBySlug(quality, 'ibm-data-analyst');
  expect(after.courses.at(-1)).toMatchObject({ name: 'Foundations of Learning Analytics', position: 99, estimatedHours: 5 });
});
