// Parses a workload survey CSV (RFC 4180, as survey tools and spreadsheets write it) into
// validated responses. Columns by header name: course, course_user_id (optional), reported_hours,
// comparison (lower | about right | higher), submitted_at. Every problem names line, column and reason.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { parseDate } from '@/lib/import/coursera/parse-values';

export type TWorkloadComparison = 'LOWER' | 'ABOUT_RIGHT' | 'HIGHER';

export type TParsedSurveyResponse = { line: number; course: string; courseUserId: string | null; reportedHours: number; comparison: TWorkloadComparison; submittedAt: Date };

export type TSurveyProblem = { line: number; column: string | null; reason: string };

const REQUIRED = ['course', 'reported_hours', 'comparison', 'submitted_at'] as const;

const COMPARISONS: Record<string, TWorkloadComparison> = {
  lower: 'LOWER',
  less: 'LOWER',
  'about right': 'ABOUT_RIGHT',
  about_right: 'ABOUT_RIGHT',
  'about-right': 'ABOUT_RIGHT',
  higher: 'HIGHER',
  more: 'HIGHER',
};

const ZHours = z.coerce.number({ error: 'not a number' }).finite().min(0, 'cannot be negative').max(2000, 'more than 2000 hours is not plausible for one course');

/** `YYYY-MM-DD`, optionally with ` HH:MM[:SS]` (UTC); impossible dates such as 2024-02-30 are refused. */
function parseSubmittedAt(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match?.[1]) return null;
  const day = parseDate(match[1]);
  if (!day.ok) return null;
  const [hours, minutes, seconds] = [match[2], match[3], match[4]].map((part) => Number(part ?? 0)) as [number, number, number];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return new Date(day.value.getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000);
}

export function parseWorkloadSurvey(text: string): { responses: TParsedSurveyResponse[]; problems: TSurveyProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const detail = error as { lines?: number; message: string };
    return { responses: [], problems: [{ line: detail.lines ?? 1, column: null, reason: `not a readable CSV file: ${detail.message}` }] };
  }
  const [header, ...rows] = records;
  if (!header) return { responses: [], problems: [{ line: 1, column: null, reason: 'the file is empty; expected a header line' }] };
  const names = header.map((name) => name.toLowerCase());
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) return { responses: [], problems: missing.map((name) => ({ line: 1, column: name, reason: 'required column missing from the header' })) };
  const at = (row: string[], name: string) => {
    const index = names.indexOf(name);
    return index === -1 ? '' : (row[index] ?? '');
  };

  const responses: TParsedSurveyResponse[] = [];
  const problems: TSurveyProblem[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.length !== header.length) {
      problems.push({ line, column: null, reason: `expected ${header.length} fields (as in the header), found ${row.length}` });
      return;
    }
    const course = at(row, 'course');
    if (!course) problems.push({ line, column: 'course', reason: 'empty; name the course by its Coursera id or slug' });
    const hours = ZHours.safeParse(at(row, 'reported_hours').replace(',', '.'));
    if (!hours.success || at(row, 'reported_hours') === '') problems.push({ line, column: 'reported_hours', reason: hours.success ? 'empty' : (hours.error.issues[0]?.message ?? 'invalid') });
    const comparison = COMPARISONS[at(row, 'comparison').toLowerCase()];
    if (!comparison) problems.push({ line, column: 'comparison', reason: `"${at(row, 'comparison')}" is not one of lower, about right, higher` });
    const submittedAt = parseSubmittedAt(at(row, 'submitted_at'));
    if (!submittedAt) problems.push({ line, column: 'submitted_at', reason: `"${at(row, 'submitted_at')}" is not a date like 2024-03-01 or 2024-03-01 14:30` });
    if (course && hours.success && at(row, 'reported_hours') !== '' && comparison && submittedAt) {
      responses.push({ line, course, courseUserId: at(row, 'course_user_id') || null, reportedHours: hours.data, comparison, submittedAt });
    }
  });
  return { responses, problems };
}
