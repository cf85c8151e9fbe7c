// The Prisma client for the configured database. One model, two generated clients: the
// PostgreSQL client is structurally identical to the SQLite one (same schema, provider swapped),
// so the app is typed against the SQLite client and never branches on the dialect here.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { getDatabaseUrl } from '../env';
import { getDialect, getSqlitePath } from './dialect';
import { PrismaClient as PostgresPrismaClient } from './generated/postgres/client';
import { PrismaClient as SqlitePrismaClient } from './generated/sqlite/client';

export type TDb = SqlitePrismaClient;

export function createDb(databaseUrl: string = getDatabaseUrl()): TDb {
  if (getDialect(databaseUrl) === 'postgres') {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    return client as unknown as TDb;
  }
  return new SqlitePrismaClient({
    adapter: new PrismaBetterSqlite3({ url: getSqlitePath(databaseUrl) }),
  });
}

const globalForDb = globalThis as unknown as { certqaDb?: { url: string; db: TDb } };

/** The process-wide client for DATABASE_URL (kept across hot reloads in development). */
export function getDb(): TDb {
  const url = getDatabaseUrl();
  if (globalForDb.certqaDb?.url !== url) {
    void globalForDb.certqaDb?.db.$disconnect();
    globalForDb.certqaDb = { url, db: createDb(url) };
  }
  return globalForDb.certqaDb.db;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.certqaDb?.db.$disconnect();
  globalForDb.certqaDb = undefined;
}
