// Retention on both dialects: two generated exports of the same courses are imported, so the first
// is superseded. Clearing raw rows removes exactly that import's rows from every raw table, leaves
// summaries, figures and provenance as they were, and refuses the current import without force.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import type { TActor } from '@/lib/auth/actor';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { importExport } from '@/lib/import/import-export';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { refreshCertificateSummary } from '@/lib/metrics/refresh-certificate-summary';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { countRawRows, deleteImportRawRows, RetentionRefusedError } from './delete-raw-rows';
import { findRetentionCandidates } from './find-candidates';
import { RAW_EXPORT_TABLES } from './raw-tables';

let database: TTestDatabase;
let quality: TActor;
let firstImportId: string;
let secondImportId: string;

const CERTIFICATES = ['ibm-data-science', 'ibm-data-engineer', 'ibm-full-stack-cloud-developer'];

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  const dir = mkdtempSync(join(tmpdir(), 'certqa-retention-'));
  await generateDemoExport({ learners: 300, seed: 7, out: join(dir, 'first.zip') });
  await generateDemoExport({ learners: 320, seed: 8, out: join(dir, 'second.zip') });
  firstImportId = (await importExport(quality, { sourcePath: join(dir, 'first.zip') })).importId;
  secondImportId = (await importExport(quality, { sourcePath: join(dir, 'second.zip') })).importId;
});
afterAll(async () => database.drop());

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, rows) => sum + rows, 0);
}

/** Rows of the given tables in a canonical order, for before/after comparisons. */
async function snapshot(tables: readonly string[], omit: readonly string[] = []): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    result[table] = rows
      .map((row) =>
        JSON.stringify(Object.fromEntries(Object.entries(row).filter(([key]) => !omit.includes(key))), (_key, value) =>
          typeof value === 'bigint' ? value.toString() : value,
        ),
      )
      .sort();
  }
  return result;
}

async function summaryTables(): Promise<string[]> {
  const rows =
    database.dialect === 'postgres'
      ? await database.db.$queryRawUnsafe<{ name: string }[]>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'summary%'",
        )
      : await database.db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'summary%'");
  return rows.map((row) => row.name).sort();
}

async function figures() {
  const all = [];
  for (const slug of CERTIFICATES) all.push(await getCertificateMetrics(quality, slug));
  return all;
}

test('the raw table list covers every export table of the schema', () => {
  const schema = readFileSync(join(__dirname, '..', '..', 'prisma', 'schema.prisma'), 'utf8');
  const mapped = [...schema.matchAll(/@@map\("(export_[a-z_]+)"\)/g)].map((match) => match[1]).sort();
  expect(RAW_EXPORT_TABLES).toEqual(mapped);
});

test('the superseded import is a candidate; the current one is not', async () => {
  const superseded = await findRetentionCandidates(database.db, { superseded: true });
  expect(superseded.map((candidate) => candidate.importId)).toEqual([firstImportId]);
  const all = await findRetentionCandidates(database.db, { finishedBefore: new Date(Date.now() + 60_000) });
  expect(all.map((candidate) => candidate.importId)).toEqual([firstImportId, secondImportId]);
  expect(all[1]?.currentCourses.length).toBeGreaterThan(0);
  expect(await findRetentionCandidates(database.db, { finishedBefore: new Date(0) })).toEqual([]);
});

test("clearing the superseded import removes its leftover raw rows only; figures and the current import's rows stay", async () => {
  const firstBefore = await countRawRows(database.db, firstImportId);
  const secondBefore = await countRawRows(database.db, secondImportId);
  // The newer import replaced the course-scoped rows; learner and lookup rows only it lacked are left.
  expect(total(firstBefore)).toBeGreaterThan(0);
  const figuresBefore = await figures();

  const deletion = await deleteImportRawRows(SYSTEM_ACTOR, firstImportId);
  expect(deletion.rowsByTable).toEqual(firstBefore);
  expect(deletion.warning).toBeNull();
  expect(total(await countRawRows(database.db, firstImportId))).toBe(0);
  expect(await countRawRows(database.db, secondImportId)).toEqual(secondBefore);
  expect(await figures()).toEqual(figuresBefore);
  expect((await database.db.import.findUniqueOrThrow({ where: { id: firstImportId } })).rawRowsDeletedAt).toBeInstanceOf(Date);
  expect(await findRetentionCandidates(database.db, { superseded: true })).toEqual([]);
});

test('the current import is refused without force, and nothing changes', async () => {
  const before = await countRawRows(database.db, secondImportId);
  await expect(deleteImportRawRows(SYSTEM_ACTOR, secondImportId)).rejects.toBeInstanceOf(RetentionRefusedError);
  await expect(deleteImportRawRows(SYSTEM_ACTOR, secondImportId)).rejects.toThrow(/current snapshot of \d+ courses.*--force/);
  expect(await countRawRows(database.db, secondImportId)).toEqual(before);
  expect((await database.db.import.findUniqueOrThrow({ where: { id: secondImportId } })).rawRowsDeletedAt).toBeNull();
});

test('a forced clearing empties every raw table for the import and keeps summaries, figures and provenance', async () => {
  const before = await countRawRows(database.db, secondImportId);
  expect(before.export_course_progress).toBeGreaterThan(0);
  const summaries = await snapshot(await summaryTables());
  const provenance = await snapshot(['Import', 'ImportFile', 'ImportCourse'], ['rawRowsDeletedAt']);
  const figuresBefore = await figures();
  const auditBefore = await database.db.auditEntry.count();

  const deletion = await deleteImportRawRows(SYSTEM_ACTOR, secondImportId, { force: true });
  expect(deletion.rowsByTable).toEqual(before);
  expect(deletion.totalRows).toBe(total(before));
  expect(deletion.warning).toMatch(/cannot be recomputed/);

  for (const table of RAW_EXPORT_TABLES) {
    const [row] = await database.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    expect(Number(row?.n), table).toBe(0);
  }
  expect(await snapshot(await summaryTables())).toEqual(summaries);
  expect(await snapshot(['Import', 'ImportFile', 'ImportCourse'], ['rawRowsDeletedAt'])).toEqual(provenance);
  expect(await figures()).toEqual(figuresBefore);

  const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'import.delete-raw-rows', entityId: secondImportId } });
  expect(JSON.parse(entry.after ?? '{}')).toMatchObject({ forced: true, rowsDeleted: total(before) });
  expect(await database.db.auditEntry.count()).toBe(auditBefore + 1);
  expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
});

test('certificate figures still follow a definition change after the raw rows are gone', async () => {
  const certificate = await database.db.certificate.findUniqueOrThrow({ where: { slug: 'ibm-data-science' } });
  const before = await getCertificateMetrics(quality, 'ibm-data-science');
  await refreshCertificateSummary(certificate.id);
  const after = await getCertificateMetrics(quality, 'ibm-data-science');
  expect({ ...after, computedAt: null }).toEqual({ ...before, computedAt: null });
  expect(after.certificateEnrolled).toBeGreaterThan(0);
});
