// Workload-survey results of a certificate's courses per wave: n, quartiles of reported hours and
// the share reporting more than estimated, withheld below k like every figure.
import type { TActor } from '@/lib/auth/actor';
import { getCertificateBySlug } from '@/lib/certificates/queries';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { computeQuantiles } from '@/lib/metrics/stats/quantiles';
import type { TExportTable } from './table-export';

export async function listSurveyResults(actor: TActor, slug: string): Promise<TExportTable> {
  const certificate = await getCertificateBySlug(actor, slug);
  const courseIds = certificate.courses.flatMap((course) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  const certificateRow = await getDb().certificate.findUniqueOrThrow({ where: { id: certificate.id }, select: { platformOrganisationId: true } });
  const responses = await getDb().workloadSurveyResponse.findMany({
    where: { courseraCourseId: { in: courseIds }, wave: { organisationId: certificateRow.platformOrganisationId } },
    select: { courseraCourseId: true, reportedHours: true, comparison: true, wave: { select: { id: true, name: true, importedAt: true } } },
  });
  const k = env.CERTQA_MIN_GROUP_SIZE;
  const groups = new Map<string, { wave: { name: string; importedAt: Date }; courseId: string; hours: number[]; higher: number }>();
  for (const response of responses) {
    const key = `${response.wave.id}|${response.courseraCourseId}`;
    const group = groups.get(key) ?? { wave: response.wave, courseId: response.courseraCourseId, hours: [], higher: 0 };
    group.hours.push(response.reportedHours);
    if (response.comparison === 'HIGHER') group.higher += 1;
    groups.set(key, group);
  }
  const courseOf = new Map(certificate.courses.map((course) => [course.courseraCourseId, course]));
  const rows = [...groups.values()]
    .sort(
      (a, b) =>
        a.wave.importedAt.getTime() - b.wave.importedAt.getTime() || (courseOf.get(a.courseId)?.position ?? 0) - (courseOf.get(b.courseId)?.position ?? 0),
    )
    .map((group) => {
      const shown = group.hours.length >= k;
      const quantiles = shown ? computeQuantiles(group.hours) : null;
      const course = courseOf.get(group.courseId);
      return {
        wave: group.wave.name,
        importedAt: group.wave.importedAt,
        course: course?.name ?? group.courseId,
        estimatedHours: course?.estimatedHours ?? null,
        n: group.hours.length,
        q1: quantiles?.q1 ?? null,
        median: quantiles?.median ?? null,
        q3: quantiles?.q3 ?? null,
        shareHigher: shown ? group.higher / group.hours.length : null,
        suppressed: shown ? null : `fewer than ${k} respondents`,
      };
    });
  return {
    name: `${slug}-survey-results`,
    columns: [
      { key: 'wave', header: 'Survey wave' },
      { key: 'importedAt', header: 'Imported' },
      { key: 'course', header: 'Course' },
      { key: 'estimatedHours', header: 'Estimated hours' },
      { key: 'n', header: 'Responses (n)' },
      { key: 'q1', header: 'Reported hours Q1' },
      { key: 'median', header: 'Reported hours median' },
      { key: 'q3', header: 'Reported hours Q3' },
      { key: 'shareHigher', header: 'Share reporting more than estimated' },
      { key: 'suppressed', header: 'Withheld because' },
    ],
    rows,
  };
}
