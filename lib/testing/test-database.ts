// A fresh, migrated database for one integration test file, in the dialect the test run asks for.
// scripts/test.mjs runs the integration suite once per dialect: CERTQA_TEST_DIALECT=sqlite|postgres,
// and for PostgreSQL CERTQA_TEST_POSTGRES_URL names a server where databases may be created.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { disconnectDb, getDb, type TDb } from '@/lib/db/client';
import type { TDialect } from '@/lib/db/dialect';
import { migrateDatabase } from '@/lib/db/migrate';
import type { TActor } from '@/lib/auth/actor';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { getActorByEmail } from './actors';

export function getTestDialect(): TDialect {
  const dialect = process.env.CERTQA_TEST_DIALECT ?? 'sqlite';
  if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error(`CERTQA_TEST_DIALECT must be sqlite or postgres, got ${dialect}`);
  return dialect;
}

export type TTestDatabase = { db: TDb; url: string; dialect: TDialect; drop: () => Promise<void> };

/** Creates, migrates and points DATABASE_URL (and so getDb()) at a new database. */
export async function createTestDatabase(): Promise<TTestDatabase> {
  const dialect = getTestDialect();
  let url: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'postgres') {
    const server = process.env.CERTQA_TEST_POSTGRES_URL;
    if (!server) throw new Error('CERTQA_TEST_POSTGRES_URL is not set (run the suite with npm test)');
    const name = `certqa_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const parsed = new URL(server);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    cleanup = async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'certqa-test-'));
    url = `file:${join(dir, 'test.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  return {
    db: getDb(),
    url,
    dialect,
    drop: async () => {
      await disconnectDb();
      await cleanup();
    },
  };
}

/** A fresh database holding the demo facts (FIBAA 23/016, demo users), with its quality manager's actor. */
export async function createDemoTestDatabase(): Promise<TTestDatabase & { quality: TActor }> {
  const database = await createTestDatabase();
  await seedDemoFacts(database.db);
  return { ...database, quality: await getActorByEmail(database.db, 'quality@coursera.demo') };
}
