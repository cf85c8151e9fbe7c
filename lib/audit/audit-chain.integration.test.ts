// The hash chain on both dialects: concurrent appends stay contiguous; changing, deleting or
// truncating any entry is detected and named.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { recordAudit } from './record-audit';
import { verifyAuditChain } from './verify-audit-chain';

let database: TTestDatabase;
let quality: TActor;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  const entries = Array.from({ length: 12 }, (_value, index) =>
    database.db.$transaction((tx) =>
      recordAudit(tx, quality, { action: 'test.append', entityType: 'Test', entityId: `t${index}`, before: { n: index }, after: { n: index + 1 } }),
    ),
  );
  await Promise.all(entries);
});
afterAll(async () => database.drop());

async function restore<T>(change: () => Promise<unknown>, check: () => Promise<T>, undo: () => Promise<unknown>): Promise<T> {
  await change();
  try {
    return await check();
  } finally {
    await undo();
  }
}

test('concurrent appends give a contiguous, intact chain', async () => {
  const count = await database.db.auditEntry.count();
  expect(count).toBeGreaterThanOrEqual(12);
  const sequences = (await database.db.auditEntry.findMany({ orderBy: { sequence: 'asc' }, select: { sequence: true } })).map((entry) => entry.sequence);
  expect(sequences).toEqual(Array.from({ length: count }, (_value, index) => index + 1));
  expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: count });
});

test('a changed entry is detected and named', async () => {
  const entry = await database.db.auditEntry.findUniqueOrThrow({ where: { sequence: 5 } });
  const result = await restore(
    () => database.db.auditEntry.update({ where: { sequence: 5 }, data: { after: '{"n":999}' } }),
    () => verifyAuditChain(database.db),
    () => database.db.auditEntry.update({ where: { sequence: 5 }, data: { after: entry.after } }),
  );
  expect(result).toMatchObject({ ok: false, sequence: 5 });
  expect(result.ok ? '' : result.problem).toMatch(/entry 5 was changed/);
  expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
});

test('a deleted entry is detected and named', async () => {
  const entry = await database.db.auditEntry.findUniqueOrThrow({ where: { sequence: 7 } });
  const result = await restore(
    () => database.db.auditEntry.delete({ where: { sequence: 7 } }),
    () => verifyAuditChain(database.db),
    () => database.db.auditEntry.create({ data: entry }),
  );
  expect(result).toMatchObject({ ok: false, sequence: 7 });
  expect(result.ok ? '' : result.problem).toMatch(/entry 7 is missing/);
});

test('entries removed from the end are detected through the head', async () => {
  const last = await database.db.auditEntry.findFirstOrThrow({ orderBy: { sequence: 'desc' } });
  const result = await restore(
    () => database.db.auditEntry.delete({ where: { sequence: last.sequence } }),
    () => verifyAuditChain(database.db),
    () => database.db.auditEntry.create({ data: last }),
  );
  expect(result.ok ? '' : result.problem).toMatch(/removed from the end/);
});
