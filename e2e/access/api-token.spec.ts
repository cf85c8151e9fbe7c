import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);

test("an API token reads the metrics JSON in its user's scope, and stops working at once when revoked", async ({ request }) => {
  const { dataDir, token, tokenId } = JSON.parse(readFileSync(join(tmpdir(), `certqa-e2e-${port}.json`), 'utf8')) as {
    dataDir: string;
    token: string;
    tokenId: string;
  };
  const headers = { authorization: `Bearer ${token}` };
  const own = await request.get('/api/v1/certificates/ibm-data-science/metrics', { headers });
  expect(own.status()).toBe(200);
  expect(((await own.json()) as { certificate: { slug: string } }).certificate.slug).toBe('ibm-data-science');
  expect((await request.get('/api/v1/certificates/northwind-learning-analytics/metrics', { headers })).status()).toBe(404);
  expect(
    (
      await request.get('/api/v1/certificates/ibm-data-science/metrics', { headers: { authorization: 'Bearer cqa_forged-token-forged-token-forged' } })
    ).status(),
  ).toBe(401);

  const env: NodeJS.ProcessEnv = { ...process.env, CERTQA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const revoked = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'lib/cli/main.ts', 'tokens', 'revoke', tokenId], { env, encoding: 'utf8' });
  expect(revoked.status, revoked.stderr).toBe(0);
  expect((await request.get('/api/v1/certificates/ibm-data-science/metrics', { headers })).status()).toBe(401);
});
