// `npm start`: build when the sources changed, bring the database up to date, load the demo on
// first start, serve on PORT (default 3000) and print the demo logins.
// CERTQA_DEMO=off: migrations only, never the demo; on a database without users the first visit
// then opens the first-run setup (/setup), which creates the platform organisation and its administrator.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Offline machines: no telemetry calls from the Next.js CLI.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const port = process.env.PORT ?? '3000';
const demoSetting = (process.env.CERTQA_DEMO ?? 'on').trim().toLowerCase();
if (demoSetting !== 'on' && demoSetting !== 'off') {
  console.error(`CERTQA_DEMO must be "on" (the default: load the demo into an empty database) or "off" (migrations only), got "${process.env.CERTQA_DEMO}".`);
  process.exit(2);
}
const withDemo = demoSetting === 'on';
const nextBin = join(root, 'node_modules/next/dist/bin/next');
const tsxBin = join(root, 'node_modules/tsx/dist/cli.mjs');
const SOURCE_DIRS = ['app', 'components', 'lib', 'messages', 'public', 'prisma'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'proxy.ts', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'generated') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function needsBuild() {
  const buildId = join(root, '.next/BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((path) => newestMtime(join(root, path)) > builtAt);
}

function run(label, args) {
  console.log(`\n› ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function runCapture(label, args) {
  console.log(`\n› ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: process.env, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    console.error(`\n${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

if (needsBuild()) run('Building the app (first start or changed sources; takes a few minutes)', [nextBin, 'build']);
else console.log('› Build is up to date.');

let loaded = false;
let users = [];
if (withDemo) {
  const demoOutput = runCapture('Preparing the database (migrations; demo data on first start)', [tsxBin, 'lib/cli/main.ts', 'demo', '--if-empty', '--json']);
  ({ loaded, users } = JSON.parse(demoOutput.trim().split('\n').pop() ?? '{}'));
} else {
  run('Preparing the database (migrations only: CERTQA_DEMO=off)', [tsxBin, 'lib/cli/main.ts', 'migrate']);
}

const server = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` },
});
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server|Local:/i.test(String(chunk))) {
    announced = true;
    console.log(`\nCertQA is running at http://localhost:${port}`);
    if (users?.length) {
      console.log(`\nDemo logins${loaded ? ' (demo loaded on this first start)' : ''}:`);
      for (const user of users) console.log(`  ${user.role.padEnd(16)} ${user.email.padEnd(26)} password: ${user.password}`);
    } else if (withDemo) {
      console.log('This database holds no demo accounts; create users with: npm run certqa -- users create');
    } else {
      console.log(`Demo not loaded (CERTQA_DEMO=off). On a new database, open http://localhost:${port}/setup to create the first administrator.`);
    }
    console.log('\nStop with Ctrl+C.');
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
