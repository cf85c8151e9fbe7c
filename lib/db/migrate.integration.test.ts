import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { listMigrations, migrateDatabase } from './migrate';

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

test('a migrated database takes no migration twice', async () => {
  expect(await migrateDatabase(database.url)).toEqual([]);
});

test('every migration is recorded with its checksum', async () => {
  const rows = (await database.db.$queryRawUnsafe('SELECT name, checksum FROM "_certqa_migrations" ORDER BY name')) as { name: string; checksum: string }[];
  expect(rows).toEqual(listMigrations(database.dialect).map(({ name, checksum }) => ({ name, checksum })));
});

test('a migration edited after it was applied is refused', async () => {
  await database.db.$executeRawUnsafe(`UPDATE "_certqa_migrations" SET checksum = 'tampered'`);
  await expect(migrateDatabase(database.url)).rejects.toThrow(/changed after it was applied/);
});
