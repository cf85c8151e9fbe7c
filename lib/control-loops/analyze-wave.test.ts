import { expect, test } from 'vitest';
import { computeWaveAnalysis, type TAnalyzeWaveInput, type TWaveResponseInput } from './analyze-wave';

const at = (day: number) => new Date(Date.UTC(2024, 2, day));
const response = (courseraCourseId: string, reportedHours: number, comparison: TWaveResponseInput['comparison'], day = 1): TWaveResponseInput => ({
  courseraCourseId,
  reportedHours,
  comparison,
  submittedAt: at(day),
});

const input = (responses: TWaveResponseInput[], minimumGroupSize = 5): TAnalyzeWaveInput => ({
  certificate: { id: 'cert', slug: 'ibm-data-science', name: 'IBM Data Science' },
  wave: { id: 'wave-1', name: 'Spring', sourceName: 'spring.csv', sha256: 'ab'.repeat(32), importedAt: new Date('2024-04-01T08:00:00Z') },
  // Given out of order on purpose: the analysis follows the certificate's order.
  courses: [
    { courseId: 'c2', courseraCourseId: 'B', name: 'Second', position: 2, estimatedHours: 12 },
    { courseId: 'c1', courseraCourseId: 'A', name: 'First', position: 1, estimatedHours: 8 },
    { courseId: 'c3', courseraCourseId: null, name: 'Not yet on Coursera', position: 3, estimatedHours: 5 },
  ],
  responses,
  minimumGroupSize,
});

test('per course in certificate order: estimated hours, n, type-7 quartiles, shares higher and lower', () => {
  const analysis = computeWaveAnalysis(
    input([
      response('A', 4, 'HIGHER', 3),
      response('A', 6, 'HIGHER', 1),
      response('A', 7, 'ABOUT_RIGHT', 5),
      response('A', 9, 'LOWER', 2),
      response('A', 12, 'HIGHER', 4),
      response('B', 10, 'LOWER'),
      response('OTHER', 99, 'HIGHER', 28),
    ]),
  );
  expect(analysis.courses.map((course) => course.courseId)).toEqual(['c1', 'c2', 'c3']);
  expect(analysis.courses[0]).toEqual({
    courseId: 'c1',
    courseraCourseId: 'A',
    name: 'First',
    position: 1,
    estimatedHours: 8,
    n: 5,
    q1: 6,
    median: 7,
    q3: 9,
    shareHigher: 0.6,
    shareLower: 0.2,
    suppressed: null,
  });
  // Responses for courses outside the certificate neither count nor stretch the survey period.
  expect(analysis.responseCount).toBe(6);
  expect(analysis.surveyedFrom).toBe('2024-03-01T00:00:00.000Z');
  expect(analysis.surveyedTo).toBe('2024-03-05T00:00:00.000Z');
  expect(analysis.wave.importedAt).toBe('2024-04-01T08:00:00.000Z');
  expect(analysis.minimumGroupSize).toBe(5);
});

test('below k the figures are withheld with the reason, n kept; no responses reads "no data"', () => {
  const analysis = computeWaveAnalysis(input([response('A', 4, 'HIGHER'), response('B', 10, 'LOWER'), response('B', 11, 'HIGHER')], 3));
  expect(analysis.courses[0]).toMatchObject({
    n: 1,
    q1: null,
    median: null,
    q3: null,
    shareHigher: null,
    shareLower: null,
    suppressed: 'fewer than 3 respondents (n = 1)',
  });
  expect(analysis.courses[1]).toMatchObject({ n: 2, median: null, suppressed: 'fewer than 3 respondents (n = 2)' });
  expect(analysis.courses[2]).toMatchObject({ n: 0, median: null, suppressed: 'no data' });
});

test('exactly k respondents are shown', () => {
  const analysis = computeWaveAnalysis(input([response('B', 10, 'LOWER'), response('B', 14, 'HIGHER')], 2));
  expect(analysis.courses[1]).toMatchObject({ n: 2, q1: 11, median: 12, q3: 13, shareHigher: 0.5, shareLower: 0.5, suppressed: null });
});

test('a wave without responses for the certificate has no survey period', () => {
  const analysis = computeWaveAnalysis(input([response('OTHER', 3, 'LOWER')]));
  expect(analysis).toMatchObject({ responseCount: 0, surveyedFrom: null, surveyedTo: null });
  expect(analysis.courses.every((course) => course.suppressed === 'no data')).toBe(true);
});
