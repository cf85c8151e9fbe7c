// Writes a new migration for both dialects: `npm run db:migration:new -- <name>`.
//
// Runs Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), which works offline,
// and diffs the schema as it was at the last migration (prisma/migrations/schema.snapshot.prisma)
// against prisma/schema.prisma. The PostgreSQL engine wants a live connection, so a throwaway
// cluster is started for it. The SQL lands in prisma/migrations/{sqlite,postgres}/<stamp>_<name>/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { derivePostgresSchema } from './generate-prisma.mjs';
import { startPostgres } from './lib/postgres-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = join(root, 'prisma/migrations');
const snapshotPath = join(migrationsDir, 'schema.snapshot.prisma');

async function loadSchemaEngine() {
  const dir = join(root, 'node_modules/@prisma/schema-engine-wasm');
  const bindings = await import(join(dir, 'schema_engine_bg.js'));
  const module = await WebAssembly.compile(readFileSync(join(dir, 'schema_engine_bg.wasm')));
  const imports = {};
  for (const entry of WebAssembly.Module.imports(module)) {
    imports[entry.module] ??= {};
    imports[entry.module][entry.name] = bindings[entry.name];
  }
  const instance = await WebAssembly.instantiate(module, imports);
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return bindings.SchemaEngine;
}

async function diff(SchemaEngine, adapterFactory, fromSchema, toSchema) {
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', toSchema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(adapterFactory));
  const from = fromSchema ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fromSchema }] } : { tag: 'empty' };
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: toSchema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? '';
}

async function main() {
  const name = (process.argv[2] ?? '').trim();
  if (!/^[a-z0-9_]+$/.test(name)) {
    console.error('usage: npm run db:migration:new -- <name_in_snake_case>');
    process.exit(2);
  }
  const current = readFileSync(join(root, 'prisma/schema.prisma'), 'utf8');
  const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
  const SchemaEngine = await loadSchemaEngine();

  const sqliteSql = await diff(SchemaEngine, new PrismaBetterSqlite3({ url: ':memory:' }), previous, current);
  if (!/\S/.test(sqliteSql.replace(/^--.*$/gm, ''))) {
    console.log('prisma/schema.prisma has not changed since the last migration; nothing written.');
    return;
  }
  const pg = await startPostgres();
  let postgresSql;
  try {
    postgresSql = await diff(
      SchemaEngine,
      new PrismaPg({ connectionString: pg.url }),
      previous ? derivePostgresSchema(previous) : null,
      derivePostgresSchema(current),
    );
  } finally {
    pg.stop();
  }

  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  for (const [dialect, sql] of [
    ['sqlite', sqliteSql],
    ['postgres', postgresSql],
  ]) {
    const dir = join(migrationsDir, dialect, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    console.log(`wrote ${join('prisma/migrations', dialect, `${stamp}_${name}`, 'migration.sql')}`);
  }
  writeFileSync(snapshotPath, current);
}

await main();
