import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { authenticateApiToken, createApiToken, hashApiToken, revokeApiToken } from './api-tokens';

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoFacts(database.db);
});
afterAll(async () => database.drop());

test('a token acts as its user with the same scope, is stored hashed, and stops at once when revoked', async () => {
  const partner = await database.db.user.findUniqueOrThrow({ where: { email: 'partner@northwind.demo' } });
  const { id, token } = await createApiToken(partner.id, 'reporting');
  const stored = await database.db.apiToken.findUniqueOrThrow({ where: { id } });
  expect(stored.tokenHash).toBe(hashApiToken(token));
  expect(JSON.stringify(stored)).not.toContain(token);

  const actor = await authenticateApiToken(`Bearer ${token}`);
  expect(actor).toMatchObject({ userId: partner.id, role: 'CONTENT_PARTNER' });
  await expect(getCertificateMetrics(actor as NonNullable<typeof actor>, 'ibm-data-science')).rejects.toThrow('Certificate not found');
  expect((await getCertificateMetrics(actor as NonNullable<typeof actor>, 'northwind-learning-analytics')).certificate.slug).toBe(
    'northwind-learning-analytics',
  );

  expect(await revokeApiToken(id)).toBe(true);
  expect(await authenticateApiToken(`Bearer ${token}`)).toBeNull();
});

test('expired, malformed and unknown tokens give no actor', async () => {
  const quality = await database.db.user.findUniqueOrThrow({ where: { email: 'quality@coursera.demo' } });
  const { token } = await createApiToken(quality.id, 'old', new Date(Date.now() - 1000));
  expect(await authenticateApiToken(`Bearer ${token}`)).toBeNull();
  expect(await authenticateApiToken('Bearer cqa_not-a-real-token-but-long-enough')).toBeNull();
  expect(await authenticateApiToken('Basic abc')).toBeNull();
  expect(await authenticateApiToken(null)).toBeNull();
});
