/*
 * Deterministic demo export: a Coursera partner-level research export ("RESEARCH_WITH_SCHEMAS", HASHED_IDS_NO_PII,
 * i.e. linked ids by default, or isolated feedback ids) for the six IBM certificates of FIBAA report 23/016, written
 * as a zip of `<table>.csv` files.
 *
 * Memory stays flat whatever the number of learners: the zip is written entry by entry (yazl pulls one lazy stream
 * at a time), each table's CSV is produced row by row as the deflater consumes it, and learner tables regenerate
 * every learner's history from a PRNG seeded by (seed, learner index) instead of keeping anything between tables.
 * The same options give a byte-identical zip: all randomness is seeded, entry mtimes are fixed to the export date,
 * and the DOS timestamp is written from local-time fields that equal the export date's UTC fields on any machine.
 *
 * Size calibration (seed 1, export date 2024-06-01): course_progress has about 100 rows per learner — 106.4 at
 * 2,000 learners (212,783 rows), 101.9 at 20,000 (2,038,160 rows), with about 2.7 enrolments per learner. Small
 * samples vary by a few rows per learner (the mix of certificates and courses differs); the unit test keeps the
 * ratio between 80 and 125.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { buildDemoCatalog, computeCertificateWeights } from './demo-catalog';
import { listDemoTables, type TAnonymity, type TExportContext } from './demo-tables';
import { createSimulationContext } from './simulate-learner';
import { generateCsvChunks } from './write-csv-table';

export type TDemoExportProgress = {
  /** Table being written, e.g. `course_progress`. */
  table: string;
  /** 0-based position of the table in the zip, and how many tables there are. */
  tableIndex: number;
  tableCount: number;
  /** Rows written so far in this table. */
  rows: number;
  /** True once for every table, when its last row is written. */
  isTableDone: boolean;
};

export type TDemoExportOptions = {
  /** Number of simulated learners (≥ 0). About 2.8 enrolments and 100 course_progress rows each. */
  learners: number;
  /** PRNG seed (a safe integer); the same options give the same bytes. Default 1. */
  seed?: number;
  /** Path of the zip to write. */
  out: string;
  /** `linked` (default): one `ibm_user_id` everywhere. `isolated`: feedback tables carry `ibm_feedback_user_id`. */
  anonymity?: TAnonymity;
  /** When the export was taken; no activity after it. Default 2024-06-01 00:00 UTC. */
  exportDate?: Date;
  onProgress?: (progress: TDemoExportProgress) => void;
};

export type TDemoExportResult = {
  out: string;
  /** Rows per table (header excluded), keyed by table name (file name without `.csv`). */
  tables: Record<string, number>;
  /** Size of the zip in bytes. */
  bytes: number;
};

export const DEFAULT_EXPORT_DATE = new Date('2024-06-01T00:00:00.000Z');
export const DEFAULT_SEED = 1;
/** The partner short name of IBM in its exports' user-id columns (`ibm_user_id`). */
export const PARTNER_PREFIX = 'ibm';

const PROGRESS_EVERY_ROWS = 100_000;
/** The certificates opened between 2020-06 and 2021-07; an earlier export date would leave them without learners. */
const EARLIEST_EXPORT_DATE = Date.UTC(2021, 8, 1);

export async function generateDemoExport(options: TDemoExportOptions): Promise<TDemoExportResult> {
  const { learners, out, onProgress } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const anonymity = options.anonymity ?? 'linked';
  const exportDate = options.exportDate ?? DEFAULT_EXPORT_DATE;
  if (!Number.isSafeInteger(learners) || learners < 0) throw new RangeError(`learners must be a non-negative integer, got ${learners}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (anonymity !== 'linked' && anonymity !== 'isolated') throw new RangeError(`anonymity must be 'linked' or 'isolated', got ${String(anonymity)}`);
  const exportTs = exportDate.getTime();
  if (Number.isNaN(exportTs) || exportTs < EARLIEST_EXPORT_DATE || exportDate.getUTCFullYear() > 2099) {
    throw new RangeError(`exportDate must lie between 2021-09-01 and 2099, got ${Number.isNaN(exportTs) ? 'an invalid date' : exportDate.toISOString()}`);
  }

  const catalog = buildDemoCatalog(exportTs);
  const context: TExportContext = {
    ...createSimulationContext(seed, catalog, computeCertificateWeights(catalog)),
    learners,
    anonymity,
    prefix: PARTNER_PREFIX,
  };
  const tables = listDemoTables(context);
  const rowCounts: Record<string, number> = {};

  // yazl writes the DOS date/time from local-time getters; a Date whose local fields are the export date's UTC
  // fields makes the bytes independent of the machine's time zone. The Info-ZIP UTC field is left out because it
  // would encode the shifted instant.
  const mtime = new Date(exportDate.getUTCFullYear(), exportDate.getUTCMonth(), exportDate.getUTCDate(), 0, 0, 0, 0);
  // yazl neither forwards errors of entry streams (it pipes them) nor puts its own on the output stream, so both
  // are collected here; without a listener a failing table would crash the process instead of rejecting.
  let fail: (error: unknown) => void = () => {};
  const failure = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failure.catch(() => {});
  const zip = new ZipFile();
  zip.on('error', (error: unknown) => fail(error));
  tables.forEach((table, tableIndex) => {
    rowCounts[table.name] = 0;
    zip.addReadStreamLazy(`${table.name}.csv`, { mtime, mode: 0o100644, compress: true, forceDosTimestamp: true }, (callback) => {
      let rows = 0;
      const report = (isTableDone: boolean) => onProgress?.({ table: table.name, tableIndex, tableCount: tables.length, rows, isTableDone });
      const chunks = generateCsvChunks(table.columns, table.generateRows(), () => {
        rows++;
        if (rows % PROGRESS_EVERY_ROWS === 0) report(false);
      });
      const stream = Readable.from(chunks, { objectMode: false });
      stream.on('error', (error) => fail(error));
      stream.once('end', () => {
        rowCounts[table.name] = rows;
        report(true);
      });
      callback(null, stream);
    });
  });
  zip.end();

  const file = createWriteStream(out);
  const written = pipeline(zip.outputStream, file);
  try {
    await Promise.race([written, failure]);
  } catch (error) {
    file.destroy();
    written.catch(() => {});
    throw error;
  }
  const { size } = await stat(out);
  return { out, tables: rowCounts, bytes: size };
}
