// Turns the specializations of an export into certificate definitions, inside the import's
// transaction. Courses are linked to CertQA courses by Coursera id, else by exact name, else
// created. A certificate is found by its Coursera specialization id, else by slug, else created.
// What a quality manager stated (hours per course, credits, order of existing courses) is never
// overwritten: an import only links ids and appends courses a certificate does not have yet,
// with hours derived bottom-up from the items' time commitments.
import { randomUUID } from 'node:crypto';
import type { TBulkSession } from '@/lib/db/bulk/bulk-session';

export type TSyncResult = {
  createdCertificates: string[];
  updatedCertificates: string[];
  createdCourses: number;
  linkedCourses: number;
  warnings: string[];
};

type TExportCourseRow = { course_id: string; course_name: string; course_slug: string | null };
type TSpecializationRow = { specialization_id: string; specialization_slug: string | null; specialization_name: string };

/** Bottom-up hours of each course: item time commitments (minutes) of its original branch, else of its largest branch. */
async function computeBottomUpHours(session: TBulkSession, importId: string): Promise<Map<string, number>> {
  const rows = await session.query<{ course_id: string; course_branch_id: string; minutes: number | null; lecture_ms: number | null }>(
    `SELECT course_id, course_branch_id, SUM(global_item_time_commitment) AS minutes, SUM(course_branch_item_lecture_duration_ms) AS lecture_ms
       FROM export_course_branch_items WHERE import_id = $1 GROUP BY course_id, course_branch_id`,
    [importId],
  );
  const hours = new Map<string, { hours: number; isOriginal: boolean }>();
  for (const row of rows) {
    const value = row.minutes !== null ? Number(row.minutes) / 60 : row.lecture_ms !== null ? Number(row.lecture_ms) / 3_600_000 : null;
    if (value === null) continue;
    const isOriginal = row.course_branch_id === row.course_id;
    const current = hours.get(row.course_id);
    if (!current || (isOriginal && !current.isOriginal) || (!current.isOriginal && !isOriginal && value > current.hours)) hours.set(row.course_id, { hours: value, isOriginal });
  }
  return new Map([...hours].map(([courseId, entry]) => [courseId, Math.round(entry.hours * 10) / 10]));
}

export async function syncCertificates(
  session: TBulkSession,
  options: { importId: string; prefix: string; platformOrganisationId: string | null; now: Date },
): Promise<TSyncResult> {
  const { importId, now } = options;
  const result: TSyncResult = { createdCertificates: [], updatedCertificates: [], createdCourses: 0, linkedCourses: 0, warnings: [] };

  const exportCourses = await session.query<TExportCourseRow>('SELECT course_id, course_name, course_slug FROM export_courses WHERE import_id = $1', [importId]);
  const courseIdFor = new Map<string, string>();
  for (const course of exportCourses) {
    const [linked] = await session.query<{ id: string }>('SELECT id FROM "Course" WHERE "courseraCourseId" = $1', [course.course_id]);
    if (linked) {
      courseIdFor.set(course.course_id, linked.id);
      await session.execute('UPDATE "Course" SET "courseraSlug" = $2, "updatedAt" = $3 WHERE id = $1', [linked.id, course.course_slug, now]);
      continue;
    }
    const [byName] = await session.query<{ id: string }>('SELECT id FROM "Course" WHERE name = $1 AND "courseraCourseId" IS NULL ORDER BY "createdAt" LIMIT 1', [course.course_name]);
    if (byName) {
      await session.execute('UPDATE "Course" SET "courseraCourseId" = $2, "courseraSlug" = $3, "updatedAt" = $4 WHERE id = $1', [byName.id, course.course_id, course.course_slug, now]);
      courseIdFor.set(course.course_id, byName.id);
      result.linkedCourses += 1;
      continue;
    }
    const id = randomUUID();
    await session.execute('INSERT INTO "Course" (id, name, "courseraCourseId", "courseraSlug", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $5)', [
      id,
      course.course_name,
      course.course_id,
      course.course_slug,
      now,
    ]);
    courseIdFor.set(course.course_id, id);
    result.createdCourses += 1;
  }

  const specializations = await session.query<TSpecializationRow>(
    `SELECT specialization_id, specialization_slug, specialization_name FROM export_specializations WHERE import_id = $1 AND specialization_id NOT LIKE 'child~%' ORDER BY specialization_id`,
    [importId],
  );
  if (specializations.length === 0) return result;
  const bottomUpHours = await computeBottomUpHours(session, importId);
  const [partner] = await session.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = $1 AND kind = 'CONTENT_PARTNER'`, [options.prefix]);

  for (const specialization of specializations) {
    let [certificate] = await session.query<{ id: string; slug: string }>('SELECT id, slug FROM "Certificate" WHERE "courseraSpecializationId" = $1', [specialization.specialization_id]);
    if (!certificate && specialization.specialization_slug) {
      [certificate] = await session.query<{ id: string; slug: string }>('SELECT id, slug FROM "Certificate" WHERE slug = $1 AND "courseraSpecializationId" IS NULL', [specialization.specialization_slug]);
      if (certificate) {
        await session.execute('UPDATE "Certificate" SET "courseraSpecializationId" = $2, "updatedAt" = $3 WHERE id = $1', [certificate.id, specialization.specialization_id, now]);
      }
    }
    let isNew = false;
    if (!certificate) {
      if (!partner || !options.platformOrganisationId) {
        result.warnings.push(
          `specializations.csv: "${specialization.specialization_name}" not turned into a certificate: ${partner ? 'no platform organisation given' : `no content partner organisation with slug "${options.prefix}"`}`,
        );
        continue;
      }
      const slugBase = specialization.specialization_slug ?? specialization.specialization_id.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      const [taken] = await session.query<{ id: string }>('SELECT id FROM "Certificate" WHERE slug = $1', [slugBase]);
      certificate = { id: randomUUID(), slug: taken ? `${slugBase}-${specialization.specialization_id.slice(-6).toLowerCase()}` : slugBase };
      await session.execute(
        `INSERT INTO "Certificate" (id, slug, name, "platformOrganisationId", "contentPartnerOrganisationId", "courseraSpecializationId", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [certificate.id, certificate.slug, specialization.specialization_name, options.platformOrganisationId, partner.id, specialization.specialization_id, now],
      );
      isNew = true;
    }

    const members = await session.query<{ course_id: string }>(
      'SELECT course_id FROM export_specialization_courses WHERE import_id = $1 AND specialization_id = $2 ORDER BY course_order, course_id',
      [importId, specialization.specialization_id],
    );
    const existing = await session.query<{ courseId: string; position: number }>('SELECT "courseId", position FROM "CertificateCourse" WHERE "certificateId" = $1', [certificate.id]);
    const present = new Set(existing.map((row) => row.courseId));
    let position = existing.reduce((max, row) => Math.max(max, Number(row.position)), 0);
    let appended = 0;
    for (const member of members) {
      const courseId = courseIdFor.get(member.course_id);
      if (!courseId || present.has(courseId)) continue;
      const hours = bottomUpHours.get(member.course_id);
      if (hours === undefined) result.warnings.push(`${certificate.slug}: no item time commitments for course ${member.course_id}; estimated hours set to 0, please enter them`);
      position += 1;
      await session.execute('INSERT INTO "CertificateCourse" ("certificateId", "courseId", position, "estimatedHours") VALUES ($1, $2, $3, $4)', [certificate.id, courseId, position, hours ?? 0]);
      present.add(courseId);
      appended += 1;
    }
    if (isNew) result.createdCertificates.push(certificate.slug);
    else if (appended > 0) result.updatedCertificates.push(certificate.slug);
  }
  return result;
}
