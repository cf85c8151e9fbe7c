import { getDialect } from '@/lib/db/dialect';
import { migrateDatabase } from '@/lib/db/migrate';
import { getDatabaseUrl } from '@/lib/env';

export async function migrateCommand(): Promise<void> {
  const url = getDatabaseUrl();
  const applied = await migrateDatabase(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${getDialect(url)} database: ${applied.join(', ')}` : 'Database is up to date.');
}
