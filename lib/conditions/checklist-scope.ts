// How a condition's words expand into checklist items. FIBAA calls a certificate a "course" and a
// course a "module" (see DESIGN.md's terminology), so "for each of the six courses" means one item
// per certificate, and "for each module" one item per course of each certificate.
import type { ChecklistScope } from '@/lib/db/generated/sqlite/enums';

export function inferChecklistScope(text: string): ChecklistScope {
  if (/\bfor each (?:of the \w+ )?modules?\b|\beach (?:of the )?(?:respective )?modules?\b/i.test(text)) return 'COURSE';
  if (
    /\bfor each (?:of the \w+ )?(?:courses?|certificates?|programmes?|programs?)\b|\beach of the (?:respective )?(?:courses|certificates|programmes|programs)\b/i.test(
      text,
    )
  )
    return 'CERTIFICATE';
  return 'CONDITION';
}

export type TChecklistTarget = { certificateId: string | null; courseId: string | null; title: string };

type TCertificateWithCourses = { id: string; name: string; courses: { courseId: string; position: number; name: string }[] };

/** One target per certificate, per course of each certificate (each course once), or one for all. */
export function expandChecklist(scope: ChecklistScope, conditionTitle: string, certificates: readonly TCertificateWithCourses[]): TChecklistTarget[] {
  if (scope === 'CONDITION') return [{ certificateId: null, courseId: null, title: conditionTitle }];
  if (scope === 'CERTIFICATE') return certificates.map((certificate) => ({ certificateId: certificate.id, courseId: null, title: certificate.name }));
  const seen = new Set<string>();
  const targets: TChecklistTarget[] = [];
  for (const certificate of certificates) {
    for (const course of [...certificate.courses].sort((a, b) => a.position - b.position)) {
      if (seen.has(course.courseId)) continue;
      seen.add(course.courseId);
      targets.push({ certificateId: certificate.id, courseId: course.courseId, title: `${course.name} (${certificate.name})` });
    }
  }
  return targets;
}
