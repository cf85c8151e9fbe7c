// A digest of every application table, to prove that a refused change left the data exactly as it was.
import { createHash } from 'node:crypto';
import type { TDb } from '@/lib/db/client';

export async function computeTableDigest(db: TDb): Promise<string> {
  const snapshot = {
    organisations: await db.organisation.findMany({ orderBy: { id: 'asc' } }),
    users: await db.user.findMany({ orderBy: { id: 'asc' } }),
    certificates: await db.certificate.findMany({ orderBy: { id: 'asc' } }),
    courses: await db.course.findMany({ orderBy: { id: 'asc' } }),
    certificateCourses: await db.certificateCourse.findMany({ orderBy: [{ certificateId: 'asc' }, { courseId: 'asc' }] }),
    procedures: await db.accreditationProcedure.findMany({ orderBy: { id: 'asc' } }),
    conditions: await db.condition.findMany({ orderBy: { id: 'asc' } }),
    decisions: await db.conditionDecisionRecord.findMany({ orderBy: { id: 'asc' } }),
    recommendations: await db.recommendation.findMany({ orderBy: { id: 'asc' } }),
    qualityProfile: await db.qualityProfileRating.findMany({ orderBy: { id: 'asc' } }),
    grants: await db.auditorGrant.findMany({ orderBy: { id: 'asc' } }),
  };
  return createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
}
