// Certificate-level figures: enrolled, completers and the funnel across the certificate's courses,
// from summary_learner_course. Certificate definitions change after imports (a quality manager
// adds or reorders courses), so this runs after every import for the certificates it touches and
// after every definition change. Courses without imported data count as nobody enrolled or passed.
import type { TBulkSession } from '@/lib/db/bulk/bulk-session';

export type TFunnelStep = { courseId: string; courseraCourseId: string | null; enrolled: number; passed: number; passedAllSoFar: number };

type TSqlExecutor = Pick<TBulkSession, 'dialect' | 'query' | 'execute'>;

function placeholders(values: readonly unknown[], offset = 0): string {
  return values.map((_value, index) => `$${index + 1 + offset}`).join(', ');
}

async function countLearnersPassingAll(executor: TSqlExecutor, courseIds: readonly string[]): Promise<number> {
  if (courseIds.length === 0) return 0;
  const passed = executor.dialect === 'postgres' ? 'is_passed' : 'is_passed = 1';
  const [row] = await executor.query<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM (SELECT learner_id FROM summary_learner_course WHERE course_id IN (${placeholders(courseIds)}) AND ${passed}
       GROUP BY learner_id HAVING COUNT(*) = ${courseIds.length}) AS complete`,
    courseIds,
  );
  return Number(row?.n ?? 0);
}

export async function computeCertificateSummary(executor: TSqlExecutor, certificateId: string, now: Date): Promise<void> {
  const courses = await executor.query<{ courseId: string; courseraCourseId: string | null }>(
    `SELECT cc."courseId" AS "courseId", c."courseraCourseId" AS "courseraCourseId"
       FROM "CertificateCourse" cc JOIN "Course" c ON c.id = cc."courseId" WHERE cc."certificateId" = $1 ORDER BY cc.position`,
    [certificateId],
  );
  const linked = courses.flatMap((course) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  const passed = executor.dialect === 'postgres' ? 'CASE WHEN is_passed THEN 1 ELSE 0 END' : 'is_passed';
  const perCourse = linked.length
    ? await executor.query<{ course_id: string; enrolled: number | string; passed: number | string }>(
        `SELECT course_id, COUNT(*) AS enrolled, SUM(${passed}) AS passed FROM summary_learner_course WHERE course_id IN (${placeholders(linked)}) GROUP BY course_id`,
        linked,
      )
    : [];
  const byCourse = new Map(perCourse.map((row) => [row.course_id, row]));

  const funnel: TFunnelStep[] = [];
  const soFar: string[] = [];
  let isBroken = false;
  for (const course of courses) {
    const stats = course.courseraCourseId ? byCourse.get(course.courseraCourseId) : undefined;
    if (course.courseraCourseId) soFar.push(course.courseraCourseId);
    else isBroken = true;
    funnel.push({
      courseId: course.courseId,
      courseraCourseId: course.courseraCourseId,
      enrolled: Number(stats?.enrolled ?? 0),
      passed: Number(stats?.passed ?? 0),
      // A course without data cannot have been passed, so nobody passed it "and all before it".
      passedAllSoFar: isBroken ? 0 : await countLearnersPassingAll(executor, soFar),
    });
  }

  const [enrolledRow] = linked.length
    ? await executor.query<{ n: number | string }>(
        `SELECT COUNT(DISTINCT learner_id) AS n FROM summary_learner_course WHERE course_id IN (${placeholders(linked)})`,
        linked,
      )
    : [];
  const imports = linked.length
    ? await executor.query<{ import_id: string }>(
        `SELECT DISTINCT import_id FROM summary_learner_course WHERE course_id IN (${placeholders(linked)}) ORDER BY import_id`,
        linked,
      )
    : [];
  const completers = funnel.length > 0 ? (funnel[funnel.length - 1]?.passedAllSoFar ?? 0) : 0;

  await executor.execute('DELETE FROM summary_certificate WHERE certificate_id = $1', [certificateId]);
  await executor.execute(
    'INSERT INTO summary_certificate (certificate_id, enrolled, completers, funnel, import_ids, computed_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [certificateId, Number(enrolledRow?.n ?? 0), completers, JSON.stringify(funnel), JSON.stringify(imports.map((row) => row.import_id)), now],
  );
}

/** Certificates holding any of the given Coursera courses (those an import touched). */
export async function listCertificatesWithCourses(executor: TSqlExecutor, courseraCourseIds: readonly string[]): Promise<string[]> {
  if (courseraCourseIds.length === 0) return [];
  const rows = await executor.query<{ id: string }>(
    `SELECT DISTINCT cc."certificateId" AS id FROM "CertificateCourse" cc JOIN "Course" c ON c.id = cc."courseId" WHERE c."courseraCourseId" IN (${placeholders(courseraCourseIds)})`,
    courseraCourseIds,
  );
  return rows.map((row) => row.id);
}
