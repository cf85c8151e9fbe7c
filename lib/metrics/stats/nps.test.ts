import { expect, test } from 'vitest';
import { computeNps } from './nps';

test('6 is a detractor, 7 and 8 are passives, 9 is a promoter', () => {
  expect(computeNps(new Map([[6, 1]]))).toMatchObject({ n: 1, promoters: 0, passives: 0, detractors: 1, score: -100 });
  expect(computeNps(new Map([[7, 1]]))).toMatchObject({ n: 1, promoters: 0, passives: 1, detractors: 0, score: 0 });
  expect(computeNps(new Map([[8, 1]]))).toMatchObject({ n: 1, promoters: 0, passives: 1, detractors: 0, score: 0 });
  expect(computeNps(new Map([[9, 1]]))).toMatchObject({ n: 1, promoters: 1, passives: 0, detractors: 0, score: 100 });
});

test('the ends of the scale: 0 is a detractor, 10 a promoter', () => {
  expect(computeNps({ 0: 3, 10: 1 })).toMatchObject({ n: 4, promoters: 1, passives: 0, detractors: 3, score: -50 });
});

test('all promoters score 100 with an interval of zero width', () => {
  expect(computeNps({ 9: 4, 10: 6 })).toEqual({
    n: 10,
    promoters: 10,
    passives: 0,
    detractors: 0,
    score: 100,
    interval: { low: 100, high: 100 },
  });
});

test('no ratings: n = 0, score and interval null', () => {
  expect(computeNps(new Map())).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, score: null, interval: null });
  expect(computeNps({ 5: 0, 10: 0 })).toMatchObject({ n: 0, score: null, interval: null });
});

test('score and interval follow the multinomial formula', () => {
  // 50 promoters, 30 passives, 20 detractors: p = 0.5, d = 0.2, score = 30,
  // var = (0.5 + 0.2 − 0.3²)/100 = 0.0061, margin = 1.96·100·√0.0061 ≈ 15.308.
  const summary = computeNps({ 10: 30, 9: 20, 8: 20, 7: 10, 5: 15, 1: 5 });
  expect(summary).toMatchObject({ n: 100, promoters: 50, passives: 30, detractors: 20 });
  expect(summary.score).toBeCloseTo(30, 12);
  expect(summary.interval?.low).toBeCloseTo(30 - 1.96 * 100 * Math.sqrt(0.0061), 10);
  expect(summary.interval?.high).toBeCloseTo(30 + 1.96 * 100 * Math.sqrt(0.0061), 10);
  expect(summary.interval?.low).toBeCloseTo(14.692, 3);
  expect(summary.interval?.high).toBeCloseTo(45.308, 3);
});

test('the interval is clamped to [−100, 100]', () => {
  // 9 promoters, 1 detractor: score 80, var = (1 − 0.64)/10 = 0.036, margin ≈ 37.19 → high clamped.
  const summary = computeNps({ 10: 9, 0: 1 });
  expect(summary.score).toBeCloseTo(80, 12);
  expect(summary.interval?.high).toBe(100);
  expect(summary.interval?.low).toBeCloseTo(80 - 1.96 * 100 * Math.sqrt(0.036), 10);

  const mirrored = computeNps({ 0: 9, 10: 1 });
  expect(mirrored.interval?.low).toBe(-100);
});

test('a Map and a record with string keys give the same summary', () => {
  const fromMap = computeNps(
    new Map([
      [3, 2],
      [7, 5],
      [10, 4],
    ]),
  );
  const fromJson = computeNps(JSON.parse('{"3": 2, "7": 5, "10": 4}') as Record<number, number>);
  expect(fromJson).toEqual(fromMap);
});

test('a rating outside 0–10 or not an integer is a RangeError naming the rating', () => {
  expect(() => computeNps(new Map([[11, 1]]))).toThrow(/rating 11 /);
  expect(() => computeNps(new Map([[-1, 1]]))).toThrow(/rating -1 /);
  expect(() => computeNps(new Map([[8.5, 1]]))).toThrow(/rating 8\.5 /);
  expect(() => computeNps({ 12: 3 })).toThrow(RangeError);
});
