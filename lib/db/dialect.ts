// Which SQL dialect a database URL speaks. SQLite is the embedded default.
export type TDialect = 'sqlite' | 'postgres';

export function getDialect(databaseUrl: string): TDialect {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return 'postgres';
  if (/^file:/i.test(databaseUrl)) return 'sqlite';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${databaseUrl.split(':')[0]}:…"`);
}

/** The file path of a `file:` URL, resolved against the working directory. */
export function getSqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/i, '').replace(/\?.*$/, '');
}
