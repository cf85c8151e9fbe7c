import { expect, test } from 'vitest';
import type { TCourseAnalysis, TWaveAnalysis } from './analyze-wave';
import { COMPARISON_RULE, compareCourse, compareWaves, type TWaveSide } from './compare-waves';

const side = (median: number | null, shareHigher: number | null, estimatedHours = 10, n = 20): TWaveSide => ({
  n,
  estimatedHours,
  median,
  shareHigher,
  suppressed: median === null ? `fewer than 5 respondents (n = ${n})` : null,
});

test('fewer respondents finding it higher, by at least 10 points, is an improvement', () => {
  const result = compareCourse('c1', 'First', 1, side(13, 0.6), side(13, 0.4));
  expect(result.verdict).toBe('IMPROVED');
  expect(result.shareHigherChange).toBeCloseTo(-0.2, 12);
  expect(result.medianChange).toBe(0);
  expect(result.explanation).toBe(
    'Improved: 20 percentage points fewer respondents found it higher than estimated (60 % → 40 %); the median stayed about as far from the estimate (3 h → 3 h apart).',
  );
});

test('exactly 10 points counts, despite binary fractions (0.6 − 0.5)', () => {
  expect(compareCourse('c1', 'First', 1, side(10, 0.6), side(10, 0.5)).verdict).toBe('IMPROVED');
  expect(compareCourse('c1', 'First', 1, side(10, 0.5), side(10, 0.6)).verdict).toBe('WORSE');
  expect(compareCourse('c1', 'First', 1, side(10, 0.5), side(10, 0.59)).verdict).toBe('UNCHANGED');
});

test('the median moving closer to the estimate is an improvement, measured against each wave’s own estimate', () => {
  // Restating the estimate from 8 h to 12 h is a legitimate measure: the gap closes from 4 h to 0 h.
  const restated = compareCourse('c1', 'First', 1, side(12, 0.5, 8), side(12, 0.5, 12));
  expect(restated.verdict).toBe('IMPROVED');
  expect(restated.gapChange).toBe(-4);
  expect(restated.medianChange).toBe(0);
  expect(restated.explanation).toContain('the median moved 4 h closer to the estimate (4 h → 0 h apart)');
  // A median falling below the estimate by more than it was above is further away, not better.
  expect(compareCourse('c1', 'First', 1, side(11, 0.3), side(7, 0.3)).verdict).toBe('WORSE');
  // Less than 10 % of the estimate is noise.
  expect(compareCourse('c1', 'First', 1, side(12, 0.3), side(11.5, 0.3)).verdict).toBe('UNCHANGED');
});

test('signals pulling apart read as unchanged on balance, and both are named', () => {
  const result = compareCourse('c1', 'First', 1, side(12, 0.6), side(15, 0.3));
  expect(result.verdict).toBe('UNCHANGED');
  expect(result.explanation).toBe(
    'Unchanged on balance: 30 percentage points fewer respondents found it higher than estimated (60 % → 30 %); the median moved 3 h further from the estimate (2 h → 5 h apart).',
  );
});

test('withheld or missing figures get no verdict, with the reason', () => {
  expect(compareCourse('c1', 'First', 1, side(null, null, 10, 3), side(10, 0.2))).toMatchObject({
    verdict: null,
    medianChange: null,
    shareHigherChange: null,
    explanation: 'Not comparable: baseline withheld (fewer than 5 respondents (n = 3)).',
  });
  expect(compareCourse('c1', 'First', 1, side(10, 0.2), side(null, null, 10, 4)).explanation).toBe(
    'Not comparable: follow-up withheld (fewer than 5 respondents (n = 4)).',
  );
  expect(compareCourse('c1', 'First', 1, side(10, 0.2), side(null, null, 10, 0)).explanation).toBe(
    'Not comparable: the follow-up wave has no responses for this course.',
  );
  expect(compareCourse('c1', 'First', 1, null, side(10, 0.2)).explanation).toBe('Not comparable: the course was not part of the certificate at the baseline.');
});

const course = (courseId: string, position: number, median: number | null, shareHigher: number | null): TCourseAnalysis => ({
  courseId,
  courseraCourseId: courseId.toUpperCase(),
  name: `Course ${courseId}`,
  position,
  estimatedHours: 10,
  n: median === null ? 2 : 12,
  q1: median,
  median,
  q3: median,
  shareHigher,
  shareLower: shareHigher === null ? null : 0,
  suppressed: median === null ? 'fewer than 5 respondents (n = 2)' : null,
});

const analysis = (waveId: string, courses: TCourseAnalysis[]): TWaveAnalysis => ({
  schemaVersion: 1,
  certificate: { id: 'cert', slug: 'cert', name: 'Cert' },
  wave: { id: waveId, name: waveId, sourceName: `${waveId}.csv`, sha256: '0'.repeat(64), importedAt: '2024-04-01T00:00:00.000Z' },
  minimumGroupSize: 5,
  responseCount: 36,
  surveyedFrom: null,
  surveyedTo: null,
  courses,
});

test('a whole comparison follows the current order, keeps dropped courses, counts verdicts and carries its rule', () => {
  const baseline = analysis('w1', [course('a', 1, 14, 0.7), course('b', 2, 10, 0.1), course('gone', 3, 9, 0.2)]);
  const followUp = analysis('w2', [course('b', 1, 13, 0.4), course('a', 2, 11, 0.3), course('new', 3, null, null)]);
  const comparison = compareWaves(baseline, followUp);
  expect(comparison.rule).toBe(COMPARISON_RULE);
  expect(comparison).toMatchObject({ schemaVersion: 1, baselineWaveId: 'w1', followUpWaveId: 'w2' });
  expect(comparison.courses.map((entry) => [entry.courseId, entry.verdict])).toEqual([
    ['b', 'WORSE'],
    ['a', 'IMPROVED'],
    ['new', null],
    ['gone', null],
  ]);
  expect(comparison.courses[0]).toMatchObject({ baseline: { n: 12, median: 10 }, followUp: { n: 12, median: 13 }, medianChange: 3 });
  expect(comparison.counts).toEqual({ improved: 1, unchanged: 0, worse: 1, notComparable: 2 });
});
