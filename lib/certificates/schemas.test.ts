import { expect, test } from 'vitest';
import { ZUpdateCertificateInput } from './schemas';

const valid = {
  certificateId: 'c1',
  name: 'IBM Data Science Professional Certificate',
  statedTotalHours: 165,
  statedCredits: 6,
  statedExactCredits: 6.6,
  eqfLevel: null,
  intendedDurationMonthsMin: 3,
  intendedDurationMonthsMax: 5,
  courses: [
    { courseId: 'a', position: 1, estimatedHours: 8 },
    { newCourseName: 'A new course', position: 2, estimatedHours: 12.5 },
  ],
};

function pathsOf(input: unknown): string[] {
  const result = ZUpdateCertificateInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

test('a valid definition parses', () => {
  expect(ZUpdateCertificateInput.safeParse(valid).success).toBe(true);
});

test('negative hours are an error on that course row', () => {
  expect(pathsOf({ ...valid, courses: [{ courseId: 'a', position: 1, estimatedHours: -3 }] })).toEqual(['courses.0.estimatedHours']);
});

test('a duplicate course order is an error on the second row', () => {
  const courses = [
    { courseId: 'a', position: 1, estimatedHours: 8 },
    { courseId: 'b', position: 1, estimatedHours: 8 },
  ];
  expect(pathsOf({ ...valid, courses })).toEqual(['courses.1.position']);
});

test('the same course twice is an error', () => {
  const courses = [
    { courseId: 'a', position: 1, estimatedHours: 8 },
    { courseId: 'a', position: 2, estimatedHours: 8 },
  ];
  expect(pathsOf({ ...valid, courses })).toEqual(['courses.1.courseId']);
});

test('a row must name exactly one of an existing or a new course', () => {
  expect(pathsOf({ ...valid, courses: [{ position: 1, estimatedHours: 8 }] })).toEqual(['courses.0.courseId']);
  expect(pathsOf({ ...valid, courses: [{ courseId: 'a', newCourseName: 'Also new', position: 1, estimatedHours: 8 }] })).toEqual([
    'courses.0.courseId',
  ]);
});

test('EQF level must be 1–8 and durations ordered', () => {
  expect(pathsOf({ ...valid, eqfLevel: 9 })).toEqual(['eqfLevel']);
  expect(pathsOf({ ...valid, intendedDurationMonthsMin: 6, intendedDurationMonthsMax: 3 })).toEqual(['intendedDurationMonthsMax']);
});
