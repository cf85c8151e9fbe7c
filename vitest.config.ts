import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['lib/**/*.test.ts'], exclude: ['lib/**/*.integration.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['lib/**/*.integration.test.ts'],
          environment: 'node',
          // Each file gets its own database; files share one PostgreSQL server started by scripts/test.mjs.
          // Files the code writes (evidence, secrets) go to a temporary data folder, never ./data.
          env: { CERTQA_DATA_DIR: mkdtempSync(join(tmpdir(), 'certqa-integration-')) },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
