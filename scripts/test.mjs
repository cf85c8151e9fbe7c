// `npm test`: the whole suite, in order: typecheck, lint, unit tests, integration tests on SQLite
// and on PostgreSQL, and the Playwright journeys in Chromium.
//   node scripts/test.mjs [typecheck|lint|unit|integration|e2e …]   runs only the named stages.
//
// PostgreSQL: CERTQA_TEST_POSTGRES_URL names a server where test databases may be created; without
// it a throwaway cluster is started from a local PostgreSQL installation. When none can be had the
// PostgreSQL stage is skipped with a warning, except under CI=true, where that is an error.
// Chromium: CHROMIUM_PATH, else a system Chromium, else Playwright's own browser (installed on demand).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/find-chromium.mjs';
import { findPostgresBin, startPostgres } from './lib/postgres-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const isCi = process.env.CI === 'true' || process.env.CI === '1';
const bin = (relative) => join(root, 'node_modules', relative);
const ALL_STAGES = ['typecheck', 'lint', 'unit', 'integration', 'e2e'];
const requested = process.argv.slice(2);
const stages = requested.length ? requested : ALL_STAGES;
for (const stage of stages) {
  if (!ALL_STAGES.includes(stage)) {
    console.error(`unknown stage "${stage}"; stages: ${ALL_STAGES.join(', ')}`);
    process.exit(2);
  }
}

const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push({ label, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function skip(label, reason) {
  console.warn(`\n━━ ${label}: SKIPPED — ${reason} ━━`);
  results.push({ label, ok: true, skipped: reason, seconds: 0 });
}

async function runPostgresIntegration() {
  const label = 'integration tests (PostgreSQL)';
  let url = process.env.CERTQA_TEST_POSTGRES_URL;
  let server = null;
  if (!url) {
    if (!findPostgresBin()) {
      const reason = 'no PostgreSQL server found (install it, or set CERTQA_TEST_POSTGRES_URL)';
      if (isCi) {
        console.error(`\n${label}: ${reason}. Under CI=true the PostgreSQL suite must run.`);
        results.push({ label, ok: false, seconds: 0 });
        return;
      }
      skip(label, reason);
      return;
    }
    try {
      server = await startPostgres();
      url = server.url;
    } catch (error) {
      console.error(`\n${label}: could not start PostgreSQL: ${error.message}`);
      if (!isCi) {
        skip(label, 'PostgreSQL could not be started');
        return;
      }
      results.push({ label, ok: false, seconds: 0 });
      return;
    }
  }
  try {
    run(label, process.execPath, [bin('vitest/vitest.mjs'), 'run', '--project', 'integration'], {
      CERTQA_TEST_DIALECT: 'postgres',
      CERTQA_TEST_POSTGRES_URL: url,
    });
  } finally {
    server?.stop();
  }
}

function runEndToEnd() {
  const label = 'end-to-end tests (Playwright, Chromium)';
  if (!findChromium()) {
    if (isCi) {
      console.error(`\n${label}: no Chromium found (set CHROMIUM_PATH or install Debian's chromium).`);
      results.push({ label, ok: false, seconds: 0 });
      return;
    }
    // Machines with internet access can use Playwright's own build instead.
    if (!run('installing Playwright Chromium (no system Chromium found)', process.execPath, [bin('@playwright/test/cli.js'), 'install', 'chromium'])) return;
  }
  if (!run('building the app for the end-to-end tests', process.execPath, [bin('next/dist/bin/next'), 'build'])) return;
  run(label, process.execPath, [bin('@playwright/test/cli.js'), 'test', '-c', 'e2e/playwright.config.ts']);
}

for (const stage of stages) {
  if (stage === 'typecheck') run('typecheck (tsc --noEmit)', process.execPath, [bin('typescript/bin/tsc'), '--noEmit']);
  if (stage === 'lint') run('lint (biome)', process.execPath, [bin('@biomejs/biome/bin/biome'), 'lint', '.']);
  if (stage === 'unit') run('unit tests', process.execPath, [bin('vitest/vitest.mjs'), 'run', '--project', 'unit']);
  if (stage === 'integration') {
    run('integration tests (SQLite)', process.execPath, [bin('vitest/vitest.mjs'), 'run', '--project', 'integration'], { CERTQA_TEST_DIALECT: 'sqlite' });
    await runPostgresIntegration();
  }
  if (stage === 'e2e') runEndToEnd();
}

console.log('\n━━ summary ━━');
for (const result of results) {
  console.log(
    `${result.ok ? (result.skipped ? 'SKIP' : 'PASS') : 'FAIL'}  ${result.label}${result.skipped ? ` (${result.skipped})` : ''}  ${result.seconds.toFixed(0)} s`,
  );
}
const failed = results.filter((result) => !result.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
