import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts
import { findChromium } from '../scripts/lib/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3210);
/** A second server on an empty database (no demo, no users) for the first-run journey. */
const firstRunPort = port + 1;
const executablePath: string | undefined = findChromium() ?? undefined;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    // No sandbox as root in containers; no background traffic on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

const serverOptions = { cwd: '..', timeout: 180_000, reuseExistingServer: false, stdout: 'pipe', stderr: 'pipe' } as const;

export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'first-run/**',
      use: chromium,
    },
    {
      // A new installation: its own server and database, shared by the tests of this project, so
      // its spec files run serially and build on nothing but what they create themselves.
      name: 'first-run',
      testDir: './first-run',
      testMatch: '**/*.spec.ts',
      use: { ...chromium, baseURL: `http://localhost:${firstRunPort}` },
    },
  ],
  webServer: [
    { ...serverOptions, command: `node scripts/e2e-server.mjs ${port}`, url: `http://localhost:${port}/login` },
    { ...serverOptions, command: `node scripts/e2e-server.mjs ${firstRunPort} --empty`, url: `http://localhost:${firstRunPort}/setup` },
  ],
});
