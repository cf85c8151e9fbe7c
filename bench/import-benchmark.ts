// Import benchmark: our end-to-end import of a generated export against `psql \copy` of the same
// course_progress CSV, on the same PostgreSQL server, in the same run (machines here are shared
// and noisy, so only ratios measured side by side mean much).
//   npm run bench -- import [--learners 20000] [--dialects postgres,sqlite] [--runs 1]
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { openExportSource } from '@/lib/import/coursera/export-source';
import type { TImportSummary } from '@/lib/import/import-export';
import { migrateDatabase } from '@/lib/db/migrate';
// @ts-expect-error plain ESM helper shared with the scripts
import { createDatabase, startPostgres } from '../scripts/lib/postgres-server.mjs';

const root = resolve(__dirname, '..');
const workDir = join(root, '.tmp', 'bench');

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function extractFile(zipPath: string, name: string, target: string): Promise<void> {
  const source = await openExportSource(zipPath);
  const file = source.files.find((entry) => entry.name === name);
  if (!file) throw new Error(`${name} not in ${zipPath}`);
  await pipeline(await file.open(), createWriteStream(target));
  source.close();
}

function psqlCopy(url: string, table: string, csvPath: string): number {
  const started = process.hrtime.bigint();
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy ${table} (course_id, course_item_id, learner_id, course_progress_state_type_id, course_progress_ts) FROM '${csvPath}' WITH (FORMAT csv, HEADER true, ESCAPE '\\')`], { stdio: 'inherit' });
  return ms(started);
}

async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

type TImportRun = { summary: TImportSummary; wallMs: number; maxRssMiB: number };

function runImport(databaseUrl: string, zipPath: string): TImportRun {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/main.ts', 'import', zipPath, '--json'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, CERTQA_REPORT_MAX_RSS: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = ms(started);
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
  const rss = /certqa-max-rss-kib (\d+)/.exec(result.stderr);
  return { summary: JSON.parse(result.stdout) as TImportSummary, wallMs, maxRssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN };
}

const format = (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function importBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { learners: { type: 'string', default: '20000' }, dialects: { type: 'string', default: 'postgres,sqlite' } } });
  const learners = Number(values.learners);
  const dialects = (values.dialects ?? '').split(',');
  mkdirSync(workDir, { recursive: true });
  const zipPath = join(workDir, `demo-export-${learners}.zip`);
  if (!existsSync(zipPath)) {
    console.log(`Generating a demo export with ${format(learners)} learners …`);
    const started = process.hrtime.bigint();
    await generateDemoExport({ learners, out: zipPath, seed: 1 });
    console.log(`  ${format(ms(started) / 1000, 1)} s, ${format(statSync(zipPath).size / 1024 ** 2)} MiB`);
  }
  const csvPath = join(workDir, `course_progress-${learners}.csv`);
  if (!existsSync(csvPath)) await extractFile(zipPath, 'course_progress.csv', csvPath);

  const server = await startPostgres();
  const rows: string[] = [];
  try {
    // Reference: psql \copy of the same CSV, into a table of the same shape and indexes as ours, and into a plain one.
    const refUrl = await createDatabase(server.url, 'bench_reference');
    await runSql(
      refUrl,
      `CREATE TABLE ref_indexed (id SERIAL PRIMARY KEY, course_id TEXT NOT NULL, course_item_id TEXT NOT NULL, learner_id TEXT NOT NULL, course_progress_state_type_id INTEGER NOT NULL, course_progress_ts TIMESTAMP(3) NOT NULL);
       CREATE INDEX ON ref_indexed (course_id); CREATE INDEX ON ref_indexed (course_id, learner_id);
       CREATE TABLE ref_plain (course_id TEXT, course_item_id TEXT, learner_id TEXT, course_progress_state_type_id INTEGER, course_progress_ts TIMESTAMP(3));`,
    );
    const copyIndexedMs = psqlCopy(refUrl, 'ref_indexed', csvPath);
    const copyPlainMs = psqlCopy(refUrl, 'ref_plain', csvPath);

    const runs: { dialect: string; run: TImportRun }[] = [];
    for (const dialect of dialects) {
      const url = dialect === 'postgres' ? await createDatabase(server.url, 'bench_import') : `file:${join(workDir, `bench-${Date.now()}.db`)}`;
      await migrateDatabase(url);
      console.log(`Importing into ${dialect} …`);
      runs.push({ dialect, run: runImport(url, zipPath) });
    }

    const progressRows = runs[0]?.run.summary.tables.find((table) => table.file === 'course_progress.csv')?.rows ?? 0;
    const copyIndexedRate = progressRows / (copyIndexedMs / 1000);
    const copyPlainRate = progressRows / (copyPlainMs / 1000);
    rows.push('| what | course_progress rows/s | × psql \\copy (indexed) | × psql \\copy (plain) | peak RSS MiB | zip → dashboards ready |');
    rows.push('|---|---:|---:|---:|---:|---:|');
    rows.push(`| psql \\copy into a table of the same shape and indexes | ${format(copyIndexedRate)} | 1.00 | ${format(copyIndexedRate / copyPlainRate, 2)} | — | — |`);
    rows.push(`| psql \\copy into a plain table (no key, no index) | ${format(copyPlainRate)} | ${format(copyPlainRate / copyIndexedRate, 2)} | 1.00 | — | — |`);
    for (const { dialect, run } of runs) {
      const table = run.summary.tables.find((entry) => entry.file === 'course_progress.csv');
      const rate = (table?.rows ?? 0) / ((table?.ms ?? 1) / 1000);
      rows.push(
        `| CertQA import, ${dialect} (whole export, ${format(run.summary.rowCount)} rows) | ${format(rate)} | ${format(rate / copyIndexedRate, 2)} | ${format(rate / copyPlainRate, 2)} | ${format(run.maxRssMiB)} | ${format(run.wallMs / 1000, 1)} s (summaries ${format((run.summary.summaryMs ?? 0) / 1000, 1)} s) |`,
      );
    }
    console.log(`\n${format(learners)} learners, ${format(progressRows)} course_progress rows (${format(statSync(csvPath).size / 1024 ** 2)} MiB CSV); ${cpus().length} cores, ${format(totalmem() / 1024 ** 3)} GiB; ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(rows.join('\n'));
    for (const { dialect, run } of runs) {
      console.log(`\n${dialect}: per table (ms): ${run.summary.tables.map((table) => `${table.table} ${table.ms}`).join(', ')}`);
    }
  } finally {
    server.stop();
  }
}
