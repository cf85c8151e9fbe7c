// Loads an export into the raw export tables as the new snapshot of the courses it contains,
// inside the caller's bulk session (one transaction): earlier rows of those courses go, the new
// rows come in, unique keys are checked, and nothing is visible to anyone until commit.
import type { TBulkSession, TTableWriter } from '@/lib/db/bulk/bulk-session';
import { deferIndexesIfEmpty } from '@/lib/db/bulk/defer-indexes';
import type { TClassifiedFile, TExportAnonymity } from './detect-export';
import { getUserIdHeaders } from './detect-export';
import type { TExportSource } from './export-source';
import { COURSE_USER_IDS_TARGET, TABLE_SPECS, type TTableSpec } from './header-map';
import { ImportError } from './import-error';
import { readCsvTable } from './parse-csv';
import { createRowPlan, type TCell } from './row-plan';

export type TLoadProgress = { file: string; table: string; rows: number; totalRows: number; bytesDone: number; totalBytes: number };

export type TLoadOptions = {
  session: TBulkSession;
  source: TExportSource;
  files: readonly TClassifiedFile[];
  importId: string;
  prefix: string;
  anonymity: TExportAnonymity;
  fileBytes: ReadonlyMap<string, number>;
  onProgress?: (progress: TLoadProgress) => void;
};

export type TLoadResult = {
  rowsByFile: Map<string, number>;
  /** Wall time per file: read, parse, validate, write and index rebuild. */
  msByFile: Map<string, number>;
  courseIds: string[];
  warnings: string[];
};

// Tables that later tables depend on come first: courses define the snapshot, branches place branch rows in courses.
const LOAD_ORDER = ['courses', 'course_branches'];

function orderFiles(files: readonly TClassifiedFile[]): TClassifiedFile[] {
  const rank = (file: TClassifiedFile) => {
    if (file.kind !== 'table') return LOAD_ORDER.length + 1;
    const index = LOAD_ORDER.indexOf(file.spec.table);
    return index === -1 ? LOAD_ORDER.length : index;
  };
  return [...files].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

async function loadFile(
  options: TLoadOptions,
  file: string,
  spec: TTableSpec,
  context: {
    courseIdOfBranch?: (branchId: string) => string | undefined;
    constants?: { column: string; type: 'text'; value: string }[];
    onRow?: (row: TCell[], columns: string[]) => void;
    bytesBefore: number;
    totalBytes: number;
    totalRowsBefore: number;
  },
): Promise<{ rows: number; unknownColumns: string[] }> {
  const { session, source, importId } = options;
  const exportFile = source.files.find((candidate) => candidate.name === file);
  if (!exportFile) throw new Error(`missing ${file}`);
  const stream = await exportFile.open();
  let bytesRead = 0;
  let writer: TTableWriter | null = null;
  async function* countBytes() {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
  try {
    const table = await readCsvTable(countBytes(), { file });
    const plan = createRowPlan({
      spec,
      file,
      header: table.header,
      headerLine: table.headerLine,
      userIdHeaders: getUserIdHeaders(options.prefix, spec.table, options.anonymity),
      importId,
      courseIdOfBranch: context.courseIdOfBranch,
      constants: context.constants,
    });
    const restoreIndexes = await deferIndexesIfEmpty(session, spec.target);
    writer = session.openTableWriter(spec.target, plan.columns, plan.types);
    let rows = 0;
    let lastReport = 0;
    for await (const batch of table.batches) {
      const converted = batch.map((record) => plan.convert(record));
      if (context.onRow) for (const row of converted) context.onRow(row, plan.columns);
      await writer.write(converted);
      rows += converted.length;
      if (options.onProgress && rows - lastReport >= 50_000) {
        lastReport = rows;
        options.onProgress({ file, table: spec.table, rows, totalRows: context.totalRowsBefore + rows, bytesDone: context.bytesBefore + bytesRead, totalBytes: context.totalBytes });
      }
    }
    await writer.end();
    await restoreIndexes();
    return { rows, unknownColumns: plan.unknownColumns };
  } catch (error) {
    await writer?.abort();
    if (error instanceof ImportError) throw error;
    const message = (error as Error).message;
    throw new ImportError({ file, line: null, column: null, reason: `could not be loaded: ${message}` }, { cause: error });
  } finally {
    stream.destroy();
  }
}

/** Removes earlier rows of the courses this import brings, from every course- or branch-scoped table. */
async function deleteEarlierSnapshot(session: TBulkSession, specs: readonly TTableSpec[], importId: string): Promise<void> {
  const newCourses = `SELECT course_id FROM export_courses WHERE import_id = $1`;
  for (const spec of specs) {
    if (spec.snapshot === 'course' || spec.snapshot === 'branch') {
      await session.execute(`DELETE FROM "${spec.target}" WHERE import_id <> $1 AND course_id IN (${newCourses})`, [importId]);
    }
  }
}

/** Learners, specializations, lookup rows and per-course ids: for each key the newest import wins. */
async function replaceByKey(session: TBulkSession, spec: TTableSpec, importId: string): Promise<void> {
  const key = spec.snapshot === 'specialization' ? ['specialization_id'] : (spec.uniqueKey ?? []);
  if (key.length === 0) return;
  const table = `"${spec.target}"`;
  const match = key.map((column) => `fresh."${column}" = ${table}."${column}"`).join(' AND ');
  await session.execute(`DELETE FROM ${table} WHERE import_id <> $1 AND EXISTS (SELECT 1 FROM ${table} fresh WHERE fresh.import_id = $1 AND ${match})`, [importId]);
}

async function assertUniqueKeys(session: TBulkSession, spec: TTableSpec, file: string, importId: string): Promise<void> {
  if (!spec.uniqueKey) return;
  const columns = spec.uniqueKey.map((column) => `"${column}"`).join(', ');
  const [duplicate] = await session.query<{ first_line: number; last_line: number; key_value: string }>(
    `SELECT MIN(line) AS first_line, MAX(line) AS last_line, MIN("${spec.uniqueKey[0]}") AS key_value FROM "${spec.target}" WHERE import_id = $1 GROUP BY ${columns} HAVING COUNT(*) > 1 ORDER BY MAX(line) LIMIT 1`,
    [importId],
  );
  if (duplicate) {
    throw new ImportError({
      file,
      line: Number(duplicate.last_line),
      column: spec.uniqueKey.join(' + '),
      reason: `duplicate key ${JSON.stringify(duplicate.key_value)}: the same ${spec.uniqueKey.join(' + ')} is already at line ${duplicate.first_line}`,
    });
  }
}

export async function loadSnapshot(options: TLoadOptions): Promise<TLoadResult> {
  const { session, importId } = options;
  const rowsByFile = new Map<string, number>();
  const msByFile = new Map<string, number>();
  const warnings: string[] = [];
  const branchCourse = new Map<string, string>();
  const totalBytes = [...options.fileBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
  let bytesBefore = 0;
  let totalRows = 0;

  for (const file of orderFiles(options.files)) {
    if (file.kind === 'ignored') continue;
    const spec: TTableSpec =
      file.kind === 'table'
        ? file.spec
        : {
            table: file.name.replace(/\.csv$/, ''),
            target: COURSE_USER_IDS_TARGET,
            snapshot: 'global',
            uniqueKey: ['course_key', 'learner_id'],
            columns: [
              { column: 'learner_id', headers: [`${options.prefix}_user_id`], type: 'text', isRequired: true },
              { column: 'course_user_id', headers: [`${file.courseKey}_user_id`], type: 'text', isRequired: true },
            ],
          };
    const onRow =
      spec.table === 'course_branches'
        ? (row: TCell[], columns: string[]) => {
            branchCourse.set(String(row[columns.indexOf('course_branch_id')]), String(row[columns.indexOf('course_id')]));
          }
        : undefined;
    const fileStarted = performance.now();
    const result = await loadFile(options, file.name, spec, {
      courseIdOfBranch: (branchId) => branchCourse.get(branchId),
      constants: file.kind === 'course-user-ids' ? [{ column: 'course_key', type: 'text', value: file.courseKey }] : undefined,
      onRow,
      bytesBefore,
      totalBytes,
      totalRowsBefore: totalRows,
    });
    rowsByFile.set(file.name, result.rows);
    msByFile.set(file.name, performance.now() - fileStarted);
    totalRows += result.rows;
    bytesBefore += options.fileBytes.get(file.name) ?? 0;
    for (const column of result.unknownColumns) warnings.push(`${file.name}: unknown column ${column} ignored`);
    if (spec.table === 'courses') await deleteEarlierSnapshot(session, TABLE_SPECS, importId);
    await assertUniqueKeys(session, spec, file.name, importId);
    if (spec.snapshot === 'learner' || spec.snapshot === 'specialization' || spec.snapshot === 'global') await replaceByKey(session, spec, importId);
    options.onProgress?.({ file: file.name, table: spec.table, rows: result.rows, totalRows, bytesDone: bytesBefore, totalBytes });
  }

  const courseRows = await session.query<{ course_id: string }>('SELECT course_id FROM export_courses WHERE import_id = $1 ORDER BY course_id', [importId]);
  return { rowsByFile, msByFile, courseIds: courseRows.map((row) => row.course_id), warnings };
}
