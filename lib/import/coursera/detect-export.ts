// Tells what an export holds before anything is loaded: which files are tables CertQA reads,
// the partner prefix of the user-id columns, and whether feedback ids are linked or isolated.
// Coursera's own loader finds the user column as the first header ending in `user_id`; so do we,
// but from the header of a table whose user column is known (users, course_memberships).
import { getTableSpec, KNOWN_UNSTORED_TABLES, type TTableSpec } from './header-map';
import { ImportError } from './import-error';

export type TExportAnonymity = 'LINKED' | 'ISOLATED';

export type TClassifiedFile =
  | { kind: 'table'; name: string; spec: TTableSpec }
  | { kind: 'course-user-ids'; name: string; courseKey: string }
  | { kind: 'ignored'; name: string; warning: string | null };

const PREFIX_SOURCES = ['users', 'course_memberships', 'course_grades', 'course_progress'];

/** `ibm` from a header containing `ibm_user_id`. */
export function detectPartnerPrefix(headers: ReadonlyMap<string, readonly string[]>): string {
  for (const table of PREFIX_SOURCES) {
    const header = headers.get(table);
    const column = header?.find((name) => /^[a-z0-9]+_user_id$/.test(name) && name !== 'guest_user_id');
    if (column) return column.slice(0, -'_user_id'.length);
  }
  throw new ImportError({
    file: `${PREFIX_SOURCES[0]}.csv`,
    line: 1,
    column: null,
    reason: 'no <partner>_user_id column found in users.csv or course_memberships.csv; cannot tell whose export this is',
  });
}

/** Isolated exports give feedback a separate id domain (`<partner>_feedback_user_id`). */
export function detectAnonymity(prefix: string, headers: ReadonlyMap<string, readonly string[]>): TExportAnonymity {
  for (const table of ['feedback_course_ratings', 'feedback_course_comments', 'feedback_item_ratings', 'feedback_item_comments']) {
    const header = headers.get(table);
    if (header?.includes(`${prefix}_feedback_user_id`)) return 'ISOLATED';
  }
  return 'LINKED';
}

/** The header names that hold the user id of a table in this export. */
export function getUserIdHeaders(prefix: string, table: string, anonymity: TExportAnonymity): string[] {
  const isFeedback = table.startsWith('feedback_');
  if (isFeedback && anonymity === 'ISOLATED') return [`${prefix}_feedback_user_id`];
  return [`${prefix}_user_id`];
}

export function classifyFile(name: string, prefix: string | null): TClassifiedFile {
  if (!name.endsWith('.csv')) {
    const isLoaderScript = name === 'setup.sql' || name === 'load.sql';
    return { kind: 'ignored', name, warning: isLoaderScript ? null : `${name}: not a CSV table; ignored` };
  }
  const table = name.slice(0, -'.csv'.length);
  const spec = getTableSpec(table);
  if (spec) return { kind: 'table', name, spec };
  if (prefix) {
    const match = new RegExp(`^${prefix}_(.+)_user_ids$`).exec(table);
    if (match?.[1] && match[1] !== 'course') return { kind: 'course-user-ids', name, courseKey: match[1] };
  }
  if (KNOWN_UNSTORED_TABLES.includes(table)) return { kind: 'ignored', name, warning: null };
  return { kind: 'ignored', name, warning: `${name}: a table CertQA does not use; ignored` };
}

/** Refuses a zip that is not a Coursera research export, or one that lacks a table every figure needs. */
export function assertIsExport(files: readonly TClassifiedFile[], label: string): void {
  const tables = new Set(files.filter((file) => file.kind === 'table').map((file) => (file.kind === 'table' ? file.spec.table : '')));
  if (tables.size === 0) {
    throw new ImportError({
      file: label,
      line: null,
      column: null,
      reason: 'not a Coursera research export: none of its tables (courses.csv, course_memberships.csv, course_progress.csv …) was found',
    });
  }
  for (const required of ['courses', 'course_memberships']) {
    if (!tables.has(required)) {
      throw new ImportError({ file: `${required}.csv`, line: null, column: null, reason: `required table missing from ${label}; every figure depends on it` });
    }
  }
}
