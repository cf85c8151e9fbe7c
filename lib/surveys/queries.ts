// Reported hours per course from the workload surveys of the certificate's platform organisation.
import { getDb } from '@/lib/db/client';
import { computeQuantiles } from '@/lib/metrics/stats/quantiles';

export type TReportedHours = { n: number; q1: number | null; median: number | null; q3: number | null; shareHigher: number | null; waves: number };

/** Callers pass courses of a certificate already checked against the actor's scope. */
export async function summarizeReportedHours(organisationId: string, courseraCourseIds: readonly string[]): Promise<Map<string, TReportedHours>> {
  const responses = await getDb().workloadSurveyResponse.findMany({
    where: { courseraCourseId: { in: [...courseraCourseIds] }, wave: { organisationId } },
    select: { courseraCourseId: true, reportedHours: true, comparison: true, waveId: true },
  });
  const result = new Map<string, TReportedHours>();
  for (const courseId of courseraCourseIds) {
    const rows = responses.filter((row) => row.courseraCourseId === courseId);
    const quantiles = computeQuantiles(rows.map((row) => row.reportedHours));
    result.set(courseId, {
      n: rows.length,
      q1: quantiles?.q1 ?? null,
      median: quantiles?.median ?? null,
      q3: quantiles?.q3 ?? null,
      shareHigher: rows.length ? rows.filter((row) => row.comparison === 'HIGHER').length / rows.length : null,
      waves: new Set(rows.map((row) => row.waveId)).size,
    });
  }
  return result;
}
