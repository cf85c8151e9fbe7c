// Consistency flag: one course stated with different estimated hours in different certificates
// (FIBAA 23/016: "Python for Data Science, AI & Development" is 21 h in three certificates, 20 h
// in the Full Stack one). Pure.

export type TCourseHoursStatement = {
  courseId: string;
  courseName: string;
  certificateSlug: string;
  certificateName: string;
  estimatedHours: number;
};

export type TCourseHourConflict = {
  courseId: string;
  courseName: string;
  statements: { certificateSlug: string; certificateName: string; estimatedHours: number }[];
};

export function computeCourseHourConflicts(statements: TCourseHoursStatement[]): TCourseHourConflict[] {
  const byCourse = new Map<string, TCourseHoursStatement[]>();
  for (const statement of statements) {
    const list = byCourse.get(statement.courseId) ?? [];
    list.push(statement);
    byCourse.set(statement.courseId, list);
  }
  const conflicts: TCourseHourConflict[] = [];
  for (const list of byCourse.values()) {
    if (new Set(list.map((statement) => statement.estimatedHours)).size < 2) continue;
    const first = list[0] as TCourseHoursStatement;
    conflicts.push({
      courseId: first.courseId,
      courseName: first.courseName,
      statements: list
        .map(({ certificateSlug, certificateName, estimatedHours }) => ({ certificateSlug, certificateName, estimatedHours }))
        .sort((a, b) => a.certificateName.localeCompare(b.certificateName)),
    });
  }
  return conflicts.sort((a, b) => a.courseName.localeCompare(b.courseName));
}
