import { getDialect } from '../dialect';
import type { TBulkSession } from './bulk-session';
import { openPostgresBulkSession } from './postgres-copy';
import { openSqliteBulkSession } from './sqlite-insert';

/** Opens a bulk session (one connection, one open transaction) on the database of the URL. */
export async function openBulkSession(databaseUrl: string): Promise<TBulkSession> {
  return getDialect(databaseUrl) === 'postgres' ? openPostgresBulkSession(databaseUrl) : openSqliteBulkSession(databaseUrl);
}
