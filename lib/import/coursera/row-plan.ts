// Maps one file's header onto CertQA's table and converts its records to typed rows.
// Built once per file from the header (columns by name, never by position); then applied to
// every record. A bad value throws an ImportError naming file, line, column and reason.
import type { TColumnSpec, TColumnType, TTableSpec } from './header-map';
import { resolveHeaders } from './header-map';
import { ImportError } from './import-error';
import type { TCsvRecord } from './parse-csv';
import { parseBoolean, parseDate, parseDouble, parseInteger, parseTimestamp, INT4_RANGE, type TParseResult } from './parse-values';

/** A stored value: text, number, boolean, or a validated timestamp/date kept as its text. */
export type TCell = string | number | boolean | null;

export type TRowPlan = {
  /** Target columns, in the order of the values `convert` returns. */
  columns: string[];
  types: TColumnType[];
  convert: (record: TCsvRecord) => TCell[];
  /** Header columns this file carries that CertQA does not know. */
  unknownColumns: string[];
};

type TBound = { spec: TColumnSpec; index: number; header: string };

function convertValue(type: TColumnType, text: string): TParseResult<TCell> {
  switch (type) {
    case 'text':
      return { ok: true, value: text };
    case 'int':
      return parseInteger(text, INT4_RANGE);
    case 'float':
      return parseDouble(text);
    case 'bool':
      return parseBoolean(text);
    case 'timestamp': {
      const parsed = parseTimestamp(text);
      return parsed.ok ? { ok: true, value: text } : parsed;
    }
    case 'date': {
      const parsed = parseDate(text);
      return parsed.ok ? { ok: true, value: text } : parsed;
    }
  }
}

export type TRowPlanOptions = {
  spec: TTableSpec;
  file: string;
  header: readonly string[];
  headerLine: number;
  userIdHeaders: readonly string[];
  importId: string;
  /** For branch tables: the course of a branch, from course_branches.csv. */
  courseIdOfBranch?: (branchId: string) => string | undefined;
  /** Columns whose value is the same for every row of the file (e.g. the course of a per-course id table). */
  constants?: readonly { column: string; type: TColumnType; value: TCell }[];
};

export function createRowPlan(options: TRowPlanOptions): TRowPlan {
  const { spec, file, header, headerLine, userIdHeaders, importId } = options;
  const position = new Map(header.map((name, index) => [name, index]));
  const bound: TBound[] = [];
  for (const column of spec.columns) {
    const candidates = resolveHeaders(column, userIdHeaders);
    const found = candidates.find((name) => position.has(name));
    if (found === undefined) {
      if (column.isRequired) {
        throw new ImportError({ file, line: headerLine, column: candidates[0] ?? column.column, reason: `required column missing from the header (expected ${candidates.join(' or ')})` });
      }
      continue;
    }
    bound.push({ spec: column, index: position.get(found) as number, header: found });
  }
  const known = new Set([...bound.map((entry) => entry.header), ...(spec.ignoredColumns ?? []), ...spec.columns.flatMap((column) => column.headers)]);
  const unknownColumns = header.filter((name) => !known.has(name) && !/_user_id$/.test(name));

  const deriveCourse = spec.snapshot === 'branch' && !spec.columns.some((column) => column.column === 'course_id');
  const branchIndex = position.get('course_branch_id');
  if (deriveCourse && (branchIndex === undefined || !options.courseIdOfBranch)) {
    throw new ImportError({ file, line: headerLine, column: 'course_branch_id', reason: 'branch rows cannot be placed in a course without course_branches.csv' });
  }

  const constants = options.constants ?? [];
  const columns = ['import_id', 'line', ...(deriveCourse ? ['course_id'] : []), ...constants.map((entry) => entry.column), ...bound.map((entry) => entry.spec.column)];
  const types: TColumnType[] = ['text', 'int', ...(deriveCourse ? (['text'] as const) : []), ...constants.map((entry) => entry.type), ...bound.map((entry) => entry.spec.type)];

  const convert = (record: TCsvRecord): TCell[] => {
    const row: TCell[] = [importId, record.line];
    const { fields } = record;
    if (deriveCourse) {
      const branchId = fields[branchIndex as number] ?? null;
      const courseId = branchId === null ? undefined : options.courseIdOfBranch?.(branchId);
      if (courseId === undefined) {
        throw new ImportError({ file, line: record.line, column: 'course_branch_id', reason: `branch ${JSON.stringify(branchId)} is not listed in course_branches.csv` });
      }
      row.push(courseId);
    }
    for (const constant of constants) row.push(constant.value);
    for (const entry of bound) {
      const text = fields[entry.index] ?? null;
      if (text === null) {
        if (entry.spec.isRequired) throw new ImportError({ file, line: record.line, column: entry.header, reason: 'empty, but every row needs a value here' });
        row.push(null);
        continue;
      }
      if (entry.spec.type === 'text') {
        row.push(text);
        continue;
      }
      const result = convertValue(entry.spec.type, text);
      if (!result.ok) throw new ImportError({ file, line: record.line, column: entry.header, reason: result.reason });
      row.push(result.value);
    }
    return row;
  };
  return { columns, types, convert, unknownColumns };
}
