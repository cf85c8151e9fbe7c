// Reads one survey wave for a certificate and computes the analysis a loop freezes. The wave must
// be one the actor's organisation imported (another organisation's wave is not found, like a
// missing one) and must hold responses for at least one course of the certificate: a survey of
// other courses says nothing about this certificate. Courses the wave did not reach stay in the
// analysis with n = 0 ("no data"), so a gap in the survey shows rather than disappears.
import type { TActor } from '@/lib/auth/actor';
import type { TDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { computeWaveAnalysis, type TWaveAnalysis } from './analyze-wave';

export type TCertificateForAnalysis = {
  id: string;
  slug: string;
  name: string;
  courses: { courseId: string; position: number; estimatedHours: number; course: { name: string; courseraCourseId: string | null } }[];
};

export async function loadWaveAnalysis(
  db: TDb,
  actor: TActor,
  certificate: TCertificateForAnalysis,
  waveId: string,
  field: string,
): Promise<{ wave: { id: string; importedAt: Date }; analysis: TWaveAnalysis }> {
  const wave = await db.workloadSurveyWave.findFirst({ where: { id: waveId, organisationId: actor.organisationId } });
  if (!wave) throw new NotFoundError('Survey wave not found');
  const courseraIds = certificate.courses.flatMap(({ course }) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  const responses = await db.workloadSurveyResponse.findMany({
    where: { waveId: wave.id, courseraCourseId: { in: courseraIds } },
    select: { courseraCourseId: true, reportedHours: true, comparison: true, submittedAt: true },
  });
  if (responses.length === 0) {
    throw new ValidationError(`The wave "${wave.name}" holds no responses for the courses of ${certificate.name}; nothing was changed.`, {
      [field]: ["Choose a wave that surveyed this certificate's courses"],
    });
  }
  const analysis = computeWaveAnalysis({
    certificate: { id: certificate.id, slug: certificate.slug, name: certificate.name },
    wave: { id: wave.id, name: wave.name, sourceName: wave.sourceName, sha256: wave.sha256, importedAt: wave.importedAt },
    courses: certificate.courses.map((row) => ({
      courseId: row.courseId,
      courseraCourseId: row.course.courseraCourseId,
      name: row.course.name,
      position: row.position,
      estimatedHours: row.estimatedHours,
    })),
    responses,
    minimumGroupSize: env.CERTQA_MIN_GROUP_SIZE,
  });
  return { wave, analysis };
}
