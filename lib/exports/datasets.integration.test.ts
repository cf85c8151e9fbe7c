// Exports on both dialects: built from the scoped page queries (another organisation's subject is
// not found), figures equal the metrics DTO, and text with formula prefixes comes out inert.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { createCondition } from '@/lib/conditions/mutations';
import { NotFoundError } from '@/lib/errors';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { getActorByEmail } from '@/lib/testing/actors';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { DATASETS } from './datasets';
import { toCsv } from './to-csv';

let database: TTestDatabase;
let quality: TActor;
let northwind: TActor;
let procedureId: string;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  procedureId = (await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: '23/016' } })).id;
});
afterAll(async () => database.drop());

test("another organisation's certificate or procedure is not found, for every table", async () => {
  for (const [name, dataset] of Object.entries(DATASETS)) {
    const subject = dataset.subject === 'certificate' ? 'ibm-data-science' : procedureId;
    await expect(dataset.build(northwind, subject), name).rejects.toBeInstanceOf(NotFoundError);
  }
});

test('the metrics table carries the figures of the metrics DTO', async () => {
  const table = await DATASETS['certificate-metrics'].build(quality, 'ibm-data-science');
  const metrics = await getCertificateMetrics(quality, 'ibm-data-science');
  expect(table.rows.map((row) => row.course)).toEqual(metrics.courses.map((course) => course.name));
  expect(table.rows.map((row) => row.enrolled)).toEqual(metrics.courses.map((course) => course.enrolled));
  expect(table.rows.map((row) => row.completionRate)).toEqual(metrics.courses.map((course) => course.completion.value));
});

test('condition text starting with a formula prefix is exported as inert text', async () => {
  await createCondition(quality, {
    procedureId,
    number: 9,
    chapter: '1',
    criterion: '=HYPERLINK("http://evil.example","x")',
    text: '@SUM(1+1) and "quotes" <b>markup</b>',
    checklistScope: 'CONDITION',
    dueOn: null,
  });
  const csv = toCsv(await DATASETS['procedure-conditions'].build(quality, procedureId));
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
});
