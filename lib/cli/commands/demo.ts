import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { getDatabaseUrl } from '@/lib/env';

export async function demoCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'if-empty': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  await migrateDatabase(getDatabaseUrl());
  const db = getDb();
  if (values['if-empty'] && (await db.organisation.count()) > 0) {
    if (!values.json) console.log('Database already holds data; demo not loaded.');
    return;
  }
  const result = await seedDemoFacts(db);
  if (values.json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(result.created ? 'Demo loaded: FIBAA procedure 23/016, six IBM certificates, one fictional second partner.' : 'Demo facts were already present.');
}
