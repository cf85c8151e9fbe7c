import { expect, test } from 'vitest';
import { computeCourseHourConflicts } from './course-hour-conflicts';

const statement = (courseId: string, certificateSlug: string, estimatedHours: number) => ({
  courseId,
  courseName: `Course ${courseId}`,
  certificateSlug,
  certificateName: `Certificate ${certificateSlug}`,
  estimatedHours,
});

test('a course with different hours in two certificates is one conflict listing every statement', () => {
  const conflicts = computeCourseHourConflicts([
    statement('python', 'data-science', 21),
    statement('python', 'data-analyst', 21),
    statement('python', 'full-stack', 20),
    statement('sql', 'data-science', 39),
    statement('sql', 'data-analyst', 39),
  ]);
  expect(conflicts).toHaveLength(1);
  expect(conflicts[0]?.courseId).toBe('python');
  expect(conflicts[0]?.statements.map((s) => s.estimatedHours)).toEqual([21, 21, 20]);
});

test('no conflicts when every course has one figure', () => {
  expect(computeCourseHourConflicts([statement('a', 'x', 1), statement('a', 'y', 1), statement('b', 'x', 2)])).toEqual([]);
});
