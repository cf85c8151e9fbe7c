import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { DEMO_PASSWORD, DEMO_USERS } from '@/lib/demo/fixtures/demo-organisations';
import { DEMO_LEARNERS, loadDemo } from '@/lib/demo/load-demo';
import { getDatabaseUrl } from '@/lib/env';
import { CliError } from '../cli-error';

/**
 * `demo [--if-empty] [--learners N] [--json]`: loads the demo into DATABASE_URL: the FIBAA 23/016
 * facts, demo users, and a generated Coursera export through the importer. `--if-empty` loads it
 * only into an empty database (what `npm start` does on first start). `--json` prints
 * { loaded, users } with the demo accounts present, for the start script to announce.
 */
export async function demoCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      'if-empty': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      learners: { type: 'string', default: String(DEMO_LEARNERS) },
    },
  });
  const learners = Number(values.learners);
  if (!Number.isInteger(learners) || learners < 1) throw new CliError('--learners must be a positive whole number', 2);
  await migrateDatabase(getDatabaseUrl());
  const db = getDb();
  const isEmpty = (await db.organisation.count()) === 0;
  let loaded = false;
  if (!values['if-empty'] || isEmpty) {
    const log = values.json ? (step: string) => console.error(`  ${step} …`) : (step: string) => console.log(`  ${step} …`);
    const result = await loadDemo({ learners, onStep: log });
    loaded = result.facts.created;
    if (result.import && !values.json)
      console.log(`  imported ${result.import.rowCount.toLocaleString('en')} rows in ${(result.import.durationMs / 1000).toFixed(1)} s`);
  }
  const present = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((user) => user.email) } }, select: { email: true } });
  const users = DEMO_USERS.filter((user) => present.some((row) => row.email === user.email)).map((user) => ({
    email: user.email,
    role: user.role,
    password: DEMO_PASSWORD,
  }));
  if (values.json) {
    console.log(JSON.stringify({ loaded, users }));
    return;
  }
  if (loaded)
    console.log('Demo loaded: FIBAA procedure 23/016, six IBM certificates with a generated Coursera export, one fictional second partner, one user per role.');
  else console.log(isEmpty ? 'Nothing loaded.' : 'The database already holds the demo facts; left as they are.');
  for (const user of users) console.log(`  ${user.role.padEnd(16)} ${user.email.padEnd(26)} password: ${user.password}`);
}
