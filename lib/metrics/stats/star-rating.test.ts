import { expect, test } from 'vitest';
import { computeStarSummary } from './star-rating';

test('n, mean, distribution and share of five stars', () => {
  const summary = computeStarSummary(
    new Map([
      [5, 6],
      [4, 3],
      [1, 1],
    ]),
  );
  expect(summary.n).toBe(10);
  expect(summary.mean).toBeCloseTo(4.3, 12);
  expect(summary.distribution).toEqual({ '1': 1, '2': 0, '3': 0, '4': 3, '5': 6 });
  expect(summary.shareOfFive).toBeCloseTo(0.6, 12);
});

test('the interval of the mean is the t interval with the sample SD', () => {
  // Ratings 5×2, 4×4, 3×3, 2×1: mean 3.7, sample SD = √(8.1/9) ≈ 0.94868, t(0.975, 9) ≈ 2.26216.
  // R: t.test(c(5, 5, 4, 4, 4, 4, 3, 3, 3, 2))$conf.int → 3.021353 4.378647
  const summary = computeStarSummary({ 5: 2, 4: 4, 3: 3, 2: 1 });
  expect(summary.mean).toBeCloseTo(3.7, 12);
  expect(summary.meanInterval?.low).toBeCloseTo(3.0213528511605388, 8);
  expect(summary.meanInterval?.high).toBeCloseTo(4.378647148839462, 8);
});

test('the interval is clamped to the 1–5 scale', () => {
  // Ratings 5×6, 4×3, 1×1: mean 4.3, sample SD ≈ 1.2517, t(0.975, 9) ≈ 2.26216 → raw bounds 3.4046 and 5.1954.
  const summary = computeStarSummary({ 5: 6, 4: 3, 1: 1 });
  expect(summary.meanInterval?.low).toBeCloseTo(3.4046123998096993, 8);
  expect(summary.meanInterval?.high).toBe(5);
  const lowOnly = computeStarSummary({ 1: 6, 2: 3, 5: 1 });
  expect(lowOnly.meanInterval?.low).toBe(1);
});

test('identical ratings give an interval of zero width', () => {
  expect(computeStarSummary({ 3: 4 }).meanInterval).toEqual({ low: 3, high: 3 });
});

test('one rating has a mean but no interval', () => {
  expect(computeStarSummary({ 2: 1 })).toEqual({
    n: 1,
    mean: 2,
    distribution: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 0 },
    shareOfFive: 0,
    meanInterval: null,
  });
});

test('no ratings: n = 0, every figure null, the distribution all zeros', () => {
  expect(computeStarSummary(new Map())).toEqual({
    n: 0,
    mean: null,
    distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    shareOfFive: null,
    meanInterval: null,
  });
});

test('a rating outside 1–5 (e.g. an NPS rating mixed in) is a RangeError naming the rating', () => {
  expect(() => computeStarSummary(new Map([[0, 1]]))).toThrow(/rating 0 /);
  expect(() => computeStarSummary(new Map([[6, 1]]))).toThrow(/rating 6 /);
  expect(() => computeStarSummary({ 10: 2 })).toThrow(/rating 10 /);
  expect(() => computeStarSummary(new Map([[4.5, 1]]))).toThrow(RangeError);
});
