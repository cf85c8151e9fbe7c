// Serves the built app for the Playwright suite on a fresh SQLite database holding the demo.
// The build itself is made by scripts/test.mjs before the suite starts.
//   node scripts/e2e-server.mjs [port] [--empty]
// --empty: migrations only (no demo, no API token), for the first-run journey (e2e/first-run).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options, positionals } = parseArgs({ options: { empty: { type: 'boolean', default: false } }, allowPositionals: true });
const port = positionals[0] ?? '3210';
const dataDir = mkdtempSync(join(tmpdir(), options.empty ? 'certqa-e2e-empty-' : 'certqa-e2e-'));
// The test clock: a spec writes an offset in days here to move the server's time (lib/clock.ts).
const clockFile = join(dataDir, 'test-clock-offset-days');
writeFileSync(clockFile, '0');
const env = { ...process.env, CERTQA_DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}`, CERTQA_TEST_CLOCK_FILE: clockFile };
// The e2e database is the SQLite file in the temporary data folder, whatever the shell says.
delete env.DATABASE_URL;

const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
if (options.empty) {
  const migrated = spawnSync(process.execPath, [tsx, 'lib/cli/main.ts', 'migrate'], { cwd: root, env, stdio: 'inherit' });
  if (migrated.status !== 0) process.exit(migrated.status ?? 1);
  writeFileSync(join(tmpdir(), `certqa-e2e-${port}.json`), JSON.stringify({ dataDir, token: null, tokenId: null, clockFile }));
} else {
  const seeded = spawnSync(process.execPath, [tsx, 'lib/cli/main.ts', 'demo', '--learners', '600'], { cwd: root, env, stdio: 'inherit' });
  if (seeded.status !== 0) process.exit(seeded.status ?? 1);

  // An API token for the IBM partner, and where the database lives, for the API-token journey.
  const created = spawnSync(process.execPath, [tsx, 'lib/cli/main.ts', 'tokens', 'create', '--user', 'partner@ibm.demo', '--name', 'e2e'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (created.status !== 0) process.exit(created.status ?? 1);
  const token = created.stdout.trim().split('\n').pop();
  const tokenId = /Created token (\S+)/.exec(created.stdout)?.[1];
  writeFileSync(join(tmpdir(), `certqa-e2e-${port}.json`), JSON.stringify({ dataDir, token, tokenId, clockFile }));
}

const server = spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
