// `npm run docs:screenshots`: the screenshots of the user guides. Builds the app like the test
// suite does (scripts/test.mjs runEndToEnd), then runs only e2e/docs/screenshots.spec.ts with
// DOCS_SCREENSHOTS=1 against a fresh demo database; it writes docs/screenshots/<role>-<page>.png.
// Chromium: CHROMIUM_PATH, else a system Chromium, else Playwright's own browser (installed on demand).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (relative) => join(root, 'node_modules', relative);
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function run(label, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${label} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!findChromium()) run('installing Playwright Chromium (no system Chromium found)', [bin('@playwright/test/cli.js'), 'install', 'chromium']);
run('building the app', [bin('next/dist/bin/next'), 'build']);
run(
  'taking the screenshots (e2e/docs/screenshots.spec.ts)',
  [bin('@playwright/test/cli.js'), 'test', '-c', 'e2e/playwright.config.ts', 'e2e/docs/screenshots.spec.ts', 'e2e/first-run'],
  {
    DOCS_SCREENSHOTS: '1',
  },
);
console.log('\nScreenshots written to docs/screenshots/.');
