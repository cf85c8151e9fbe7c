// Imports a workload survey wave: all rows or none. Courses are named by Coursera id or slug and
// must be courses of certificates in the quality manager's scope; per-course hashed ids are linked
// to the export's learners through the export's per-course id tables where present.
import { createHash } from 'node:crypto';
import type { TActor } from '@/lib/auth/actor';
import { canImportExports } from '@/lib/auth/policies';
import { courseScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { parseWorkloadSurvey, type TSurveyProblem } from './parse-workload-survey';

export const MAX_SURVEY_BYTES = 5 * 1024 * 1024;

function toFieldErrors(problems: TSurveyProblem[]): Record<string, string[]> {
  return { file: problems.slice(0, 50).map((problem) => `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}: ${problem.reason}`) };
}

export async function importWorkloadSurvey(actor: TActor, input: { name: string; sourceName: string; text: string }) {
  if (!canImportExports(actor) || actor.role !== 'QUALITY_MANAGER') throw new ForbiddenError('Only quality managers import surveys');
  const { responses, problems } = parseWorkloadSurvey(input.text);
  const db = getDb();
  const courses = await db.course.findMany({ where: { AND: [courseScope(actor), { courseraCourseId: { not: null } }] } });
  const byKey = new Map<string, { courseraCourseId: string; slug: string | null }>();
  for (const course of courses) {
    const entry = { courseraCourseId: course.courseraCourseId as string, slug: course.courseraSlug };
    byKey.set(entry.courseraCourseId, entry);
    if (course.courseraSlug) byKey.set(course.courseraSlug, entry);
  }
  for (const response of responses) {
    if (!byKey.has(response.course)) problems.push({ line: response.line, column: 'course', reason: `"${response.course}" is not a course of your certificates with imported data (give its Coursera id or slug)` });
  }
  if (responses.length === 0 && problems.length === 0) problems.push({ line: 2, column: null, reason: 'the file holds no responses' });
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw new ValidationError(`The survey was not imported: ${problems.length} problem${problems.length === 1 ? '' : 's'} (nothing was changed).`, toFieldErrors(problems));
  }

  // Per-course ids → learners, through the export's <partner>_<course>_user_ids tables.
  const links = new Map<string, string>();
  for (const response of responses) {
    const course = byKey.get(response.course);
    if (!course?.slug || !response.courseUserId) continue;
    const row = await db.exportCourseUserId.findFirst({ where: { course_key: course.slug.replaceAll('-', '_'), course_user_id: response.courseUserId } });
    if (row) links.set(`${response.line}`, row.learner_id);
  }
  return db.workloadSurveyWave.create({
    data: {
      name: input.name,
      sourceName: input.sourceName,
      sha256: createHash('sha256').update(input.text).digest('hex'),
      importedById: actor.userId,
      organisationId: actor.organisationId,
      responseCount: responses.length,
      linkedCount: links.size,
      responses: {
        create: responses.map((response) => ({
          courseraCourseId: byKey.get(response.course)?.courseraCourseId as string,
          courseUserId: response.courseUserId,
          learnerId: links.get(`${response.line}`) ?? null,
          reportedHours: response.reportedHours,
          comparison: response.comparison,
          submittedAt: response.submittedAt,
          line: response.line,
        })),
      },
    },
    select: { id: true, responseCount: true, linkedCount: true },
  });
}
