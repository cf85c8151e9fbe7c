import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { DEMO_PASSWORD, DEMO_USERS } from '@/lib/demo/fixtures/demo-organisations';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { getDatabaseUrl } from '@/lib/env';

/**
 * `demo`: loads the demo into DATABASE_URL. `--if-empty` loads it only into an empty database
 * (what `npm start` does on first start). `--json` prints { loaded, users } with the demo
 * accounts present in the database, for the start script to announce.
 */
export async function demoCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'if-empty': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  await migrateDatabase(getDatabaseUrl());
  const db = getDb();
  const isEmpty = (await db.organisation.count()) === 0;
  const loaded = !values['if-empty'] || isEmpty ? (await seedDemoFacts(db)).created : false;

  const present = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((user) => user.email) } }, select: { email: true, role: true } });
  const users = DEMO_USERS.filter((user) => present.some((row) => row.email === user.email)).map((user) => ({ email: user.email, role: user.role, password: DEMO_PASSWORD }));
  if (values.json) {
    console.log(JSON.stringify({ loaded, users }));
    return;
  }
  if (loaded) console.log('Demo loaded: FIBAA procedure 23/016, six IBM certificates, one fictional second partner, one user per role.');
  else console.log(isEmpty ? 'Nothing loaded.' : 'The database already holds data; demo facts left as they are.');
  for (const user of users) console.log(`  ${user.role.padEnd(16)} ${user.email.padEnd(26)} password: ${user.password}`);
}
