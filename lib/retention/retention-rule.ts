// When may an import's raw rows go? Dashboards, the metrics JSON and evidence read only summary
// tables, and certificate figures are recomputed after a definition change from
// summary_learner_course, which stays. So deleting raw rows never changes a figure. What is lost:
//   - recomputing an import's course summaries (a changed metric definition, inactivity cut-off,
//     eligibility threshold) needs the raw rows;
//   - workload surveys are linked to learners through the export's per-course user ids.
// Both matter only while the import holds the current snapshot of a course. Hence the rule:
// superseded imports (no current course) may always be cleared; an import that holds current
// courses only with --force, which says what will no longer be possible for those courses.

export type TRetentionSubject = { importId: string; currentCourses: readonly string[] };

export function needsForce(subject: TRetentionSubject): boolean {
  return subject.currentCourses.length > 0;
}

export function describeCurrentImportRisk(subject: TRetentionSubject): string {
  const count = subject.currentCourses.length;
  return (
    `import ${subject.importId} holds the current snapshot of ${count} course${count === 1 ? '' : 's'}: without its raw rows, ` +
    'the figures stay as they are and certificate figures still follow definition changes, but the course summaries cannot be ' +
    'recomputed (new metric definitions or thresholds) and workload surveys cannot be linked to learners for these courses ' +
    'until a newer export of them is imported'
  );
}
