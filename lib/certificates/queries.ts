// Reads of certificate definitions. Every function takes the actor first and applies its scope:
// a certificate outside it is a NotFoundError, exactly like one that does not exist.

import type { TActor } from '@/lib/auth/actor';
import { certificateScope, courseScope, procedureScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { getEctsRules } from '@/lib/procedures/ects-rules';
import { computeCourseHourConflicts, type TCourseHourConflict } from './course-hour-conflicts';
import { computeEctsLedger, type TEctsLedger, type TEctsRules } from './ects-ledger';
import type { TUpdateCertificateInput } from './schemas';

export type TCertificateCourseRow = {
  courseId: string;
  name: string;
  courseraCourseId: string | null;
  position: number;
  estimatedHours: number;
};

export type TCertificateSummary = {
  id: string;
  slug: string;
  name: string;
  contentPartnerName: string;
  courseCount: number;
  ledger: TEctsLedger;
};

export type TCertificateDetail = TCertificateSummary & {
  statedTotalHours: number | null;
  statedExactCredits: number | null;
  eqfLevel: number | null;
  intendedDurationMonthsMin: number | null;
  intendedDurationMonthsMax: number | null;
  initialStart: string | null;
  platformName: string;
  courses: TCertificateCourseRow[];
  rules: TEctsRules;
  /** The procedure whose ECTS rules the ledger applies, if any covers this certificate. */
  rulesFrom: { id: string; label: string } | null;
  procedures: { id: string; label: string; decision: string | null; certificationUntil: Date | null }[];
  courseHourConflicts: TCourseHourConflict[];
};

const certificateInclude = (actor: TActor) =>
  ({
    contentPartnerOrganisation: true,
    platformOrganisation: true,
    courses: { include: { course: true }, orderBy: { position: 'asc' } },
    procedures: {
      where: { procedure: procedureScope(actor) },
      include: { procedure: { include: { agency: true } } },
      orderBy: { procedure: { committeeMeetingOn: 'desc' } },
    },
  }) as const;

function procedureLabel(procedure: { projectNumber: string; type: string; agency: { name: string } }): string {
  return `${procedure.agency.name} ${procedure.projectNumber} (${procedure.type})`;
}

export async function listCertificates(actor: TActor): Promise<TCertificateSummary[]> {
  const certificates = await getDb().certificate.findMany({
    where: certificateScope(actor),
    include: certificateInclude(actor),
    orderBy: { name: 'asc' },
  });
  return certificates.map((certificate) => {
    const rules = getEctsRules(certificate.procedures[0]?.procedure);
    return {
      id: certificate.id,
      slug: certificate.slug,
      name: certificate.name,
      contentPartnerName: certificate.contentPartnerOrganisation.name,
      courseCount: certificate.courses.length,
      ledger: computeEctsLedger({ ...certificate, courseHours: certificate.courses.map((row) => row.estimatedHours) }, rules),
    };
  });
}

export async function getCertificateBySlug(actor: TActor, slug: string): Promise<TCertificateDetail> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({ where: { AND: [{ slug }, certificateScope(actor)] }, include: certificateInclude(actor) });
  if (!certificate) throw new NotFoundError('Certificate not found');

  const governing = certificate.procedures[0]?.procedure;
  const rules = getEctsRules(governing);
  const courseIds = certificate.courses.map((row) => row.courseId);
  // Other statements of the same courses, limited to certificates the actor may see.
  const statements = await db.certificateCourse.findMany({
    where: { courseId: { in: courseIds }, certificate: certificateScope(actor) },
    include: { course: true, certificate: true },
  });

  return {
    id: certificate.id,
    slug: certificate.slug,
    name: certificate.name,
    contentPartnerName: certificate.contentPartnerOrganisation.name,
    platformName: certificate.platformOrganisation.name,
    courseCount: certificate.courses.length,
    statedTotalHours: certificate.statedTotalHours,
    statedExactCredits: certificate.statedExactCredits,
    eqfLevel: certificate.eqfLevel,
    intendedDurationMonthsMin: certificate.intendedDurationMonthsMin,
    intendedDurationMonthsMax: certificate.intendedDurationMonthsMax,
    initialStart: certificate.initialStart,
    courses: certificate.courses.map((row) => ({
      courseId: row.courseId,
      name: row.course.name,
      courseraCourseId: row.course.courseraCourseId,
      position: row.position,
      estimatedHours: row.estimatedHours,
    })),
    rules,
    rulesFrom: governing ? { id: governing.id, label: procedureLabel(governing) } : null,
    ledger: computeEctsLedger({ ...certificate, courseHours: certificate.courses.map((row) => row.estimatedHours) }, rules),
    procedures: certificate.procedures.map(({ procedure }) => ({
      id: procedure.id,
      label: procedureLabel(procedure),
      decision: procedure.decision,
      certificationUntil: procedure.certificationUntil,
    })),
    courseHourConflicts: computeCourseHourConflicts(
      statements.map((row) => ({
        courseId: row.courseId,
        courseName: row.course.name,
        certificateSlug: row.certificate.slug,
        certificateName: row.certificate.name,
        estimatedHours: row.estimatedHours,
      })),
    ),
  };
}

/** Courses the actor may put into a certificate definition (those of certificates in scope). */
export async function listCourseOptions(actor: TActor): Promise<{ id: string; name: string }[]> {
  return getDb().course.findMany({ where: courseScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

/** The definition as the edit form and the update mutation take it. */
export function toCertificateDefinitionInput(certificate: TCertificateDetail): TUpdateCertificateInput {
  return {
    certificateId: certificate.id,
    name: certificate.name,
    statedTotalHours: certificate.statedTotalHours,
    statedCredits: certificate.ledger.statedCredits,
    statedExactCredits: certificate.statedExactCredits,
    eqfLevel: certificate.eqfLevel,
    intendedDurationMonthsMin: certificate.intendedDurationMonthsMin,
    intendedDurationMonthsMax: certificate.intendedDurationMonthsMax,
    courses: certificate.courses.map(({ courseId, position, estimatedHours }) => ({ courseId, position, estimatedHours })),
  };
}

/** Certificates in scope as choices for a form (id and name), by name. */
export async function listCertificateChoices(actor: TActor): Promise<{ id: string; name: string }[]> {
  return getDb().certificate.findMany({ where: certificateScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' } });
}
