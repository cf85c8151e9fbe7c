// One analytical query per file, with a variant per dialect; this picks the variant.
// (umami's runQuery.) A column store for the raw event tables can later be added as a third key.
import type { TBulkSession } from '@/lib/db/bulk/bulk-session';
import type { TDialect } from '@/lib/db/dialect';

export type TDialectSql = Record<TDialect, string>;

export function getSql(query: TDialectSql, dialect: TDialect): string {
  return query[dialect];
}

export async function runStatement(session: TBulkSession, query: TDialectSql, params: readonly unknown[]): Promise<number> {
  return session.execute(getSql(query, session.dialect), params);
}
