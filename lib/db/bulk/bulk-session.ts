// One database connection and one transaction for a bulk load, outside the Prisma client.
// Prisma's createMany loads ~7k rows/s; these paths load hundreds of thousands (see
// docs/benchmarks.md). Everything an import writes goes through one session, so that it
// commits or rolls back as a whole.
import type { TColumnType } from '@/lib/import/coursera/header-map';
import type { TCell } from '@/lib/import/coursera/row-plan';
import type { TDialect } from '../dialect';

export type TTableWriter = {
  /** Appends rows (values in the writer's column order). */
  write: (rows: TCell[][]) => Promise<void>;
  /** Flushes and finishes the table. */
  end: () => Promise<void>;
  /** Abandons the table after an error, so the connection is free for the rollback. */
  abort: () => Promise<void>;
};

export type TBulkSession = {
  dialect: TDialect;
  /** Runs SQL with positional parameters written `$1, $2 …` (translated for SQLite). */
  execute: (sql: string, params?: readonly unknown[]) => Promise<number>;
  query: <T>(sql: string, params?: readonly unknown[]) => Promise<T[]>;
  openTableWriter: (table: string, columns: readonly string[], types: readonly TColumnType[]) => TTableWriter;
  commit: () => Promise<void>;
  rollback: () => Promise<void>;
  close: () => Promise<void>;
};

/** `$1`-style placeholders → named `@p1` ones, which better-sqlite3 binds from an object (a number may repeat). */
export function toSqlitePlaceholders(sql: string): string {
  return sql.replace(/\$(\d+)/g, '@p$1');
}
