// Writes to certificate definitions. Only quality managers edit, and only certificates of their
// own organisation: the scope filter finds nothing otherwise, which reads as "not found".
// Stated hours and credits are recorded as entered and never recomputed.
import type { TActor } from '@/lib/auth/actor';
import { canEditCertificateDefinitions } from '@/lib/auth/policies';
import { certificateScope, courseScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { refreshCertificateSummary } from '@/lib/metrics/refresh-certificate-summary';
import type { TUpdateCertificateInput } from './schemas';

export async function updateCertificateDefinition(actor: TActor, input: TUpdateCertificateInput): Promise<{ slug: string }> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({ where: { AND: [{ id: input.certificateId }, certificateScope(actor)] } });
  if (!certificate) throw new NotFoundError('Certificate not found');
  if (!canEditCertificateDefinitions(actor)) throw new ForbiddenError('Only quality managers can change certificate definitions');

  const existingIds = input.courses.flatMap((course) => (course.courseId ? [course.courseId] : []));
  // A course is usable if it is already in this certificate or visible to the actor elsewhere.
  const usable = await db.course.findMany({
    where: { id: { in: existingIds }, OR: [courseScope(actor), { certificates: { some: { certificateId: certificate.id } } }] },
    select: { id: true },
  });
  const usableIds = new Set(usable.map((course) => course.id));
  const fieldErrors: Record<string, string[]> = {};
  input.courses.forEach((course, index) => {
    if (course.courseId && !usableIds.has(course.courseId)) fieldErrors[`courses.${index}.courseId`] = ['Unknown course'];
  });
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError('Some courses do not exist; nothing was changed.', fieldErrors);

  await db.$transaction(async (tx) => {
    await tx.certificate.update({
      where: { id: certificate.id },
      data: {
        name: input.name,
        statedTotalHours: input.statedTotalHours,
        statedCredits: input.statedCredits,
        statedExactCredits: input.statedExactCredits,
        eqfLevel: input.eqfLevel,
        intendedDurationMonthsMin: input.intendedDurationMonthsMin,
        intendedDurationMonthsMax: input.intendedDurationMonthsMax,
      },
    });
    await tx.certificateCourse.deleteMany({ where: { certificateId: certificate.id } });
    for (const course of [...input.courses].sort((a, b) => a.position - b.position)) {
      const courseId = course.courseId ?? (await tx.course.create({ data: { name: course.newCourseName as string } })).id;
      await tx.certificateCourse.create({
        data: { certificateId: certificate.id, courseId, position: course.position, estimatedHours: course.estimatedHours },
      });
    }
  });
  await refreshCertificateSummary(certificate.id);
  return { slug: certificate.slug };
}
