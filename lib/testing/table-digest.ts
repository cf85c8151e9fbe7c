// A digest of every table in the database, to prove that a refused change left the data exactly
// as it was. Tables are listed from the catalog, so a table added later is covered without edits.
import { createHash } from 'node:crypto';
import type { TDb } from '@/lib/db/client';

async function listTables(db: TDb): Promise<string[]> {
  const isPostgres = (await db.$queryRawUnsafe<{ v: string }[]>('SELECT sqlite_version() AS v').catch(() => null)) === null;
  const rows = isPostgres
    ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
    : await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return rows.map((row) => row.name).sort();
}

export async function computeTableDigest(db: TDb): Promise<string> {
  const hash = createHash('sha256');
  for (const table of await listTables(db)) {
    // Row order is made canonical in JS: the tables have different keys, and text sorts alike in both dialects there.
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    const lines = rows.map((row) => JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value))).sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}
