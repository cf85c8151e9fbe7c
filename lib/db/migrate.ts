// Applies the SQL migrations in prisma/migrations/<dialect>/ that a database has not seen yet.
//
// Why not `prisma migrate deploy`: the Prisma CLI needs a native schema engine downloaded at run
// time, which fails on offline machines. The migration SQL is written by Prisma's own engine
// (scripts/new-migration.mjs), so applying it ourselves keeps one source of truth, the schema.
// Each migration runs in its own transaction and is recorded with a checksum; an edited migration
// that was already applied is refused rather than silently skipped.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { getDialect, getSqlitePath, type TDialect } from './dialect';

export type TMigration = { name: string; sql: string; checksum: string };

const LEDGER_TABLE = '_certqa_migrations';
// Arbitrary constant: serialises concurrent migrators on one PostgreSQL database.
const POSTGRES_MIGRATION_LOCK = 727_016;

export function listMigrations(dialect: TDialect, root = process.cwd()): TMigration[] {
  const dir = resolve(/*turbopackIgnore: true*/ root, 'prisma/migrations', dialect);
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

function checkLedger(applied: Map<string, string>, migrations: TMigration[]): TMigration[] {
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum && checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was changed after it was applied (checksum mismatch); write a new migration instead.`);
    }
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}

function migrateSqlite(databaseUrl: string, migrations: TMigration[]): string[] {
  const path = getSqlitePath(databaseUrl);
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE IF NOT EXISTS "${LEDGER_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const rows = db.prepare(`SELECT name, checksum FROM "${LEDGER_TABLE}"`).all() as { name: string; checksum: string }[];
    const pending = checkLedger(new Map(rows.map((row) => [row.name, row.checksum])), migrations);
    const record = db.prepare(`INSERT INTO "${LEDGER_TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`);
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(migration.sql);
        record.run(migration.name, migration.checksum, new Date().toISOString());
      }).immediate();
    }
    return pending.map((migration) => migration.name);
  } finally {
    db.close();
  }
}

async function migratePostgres(databaseUrl: string, migrations: TMigration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [POSTGRES_MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "${LEDGER_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "${LEDGER_TABLE}"`);
    const pending = checkLedger(new Map(rows.map((row) => [row.name, row.checksum])), migrations);
    for (const migration of pending) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${LEDGER_TABLE}" (name, checksum, applied_at) VALUES ($1, $2, now())`, [migration.name, migration.checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
    }
    return pending.map((migration) => migration.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [POSTGRES_MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Brings the database up to date; returns the names of the migrations it applied. */
export async function migrateDatabase(databaseUrl: string, root = process.cwd()): Promise<string[]> {
  const dialect = getDialect(databaseUrl);
  const migrations = listMigrations(dialect, root);
  return dialect === 'postgres' ? migratePostgres(databaseUrl, migrations) : migrateSqlite(databaseUrl, migrations);
}
