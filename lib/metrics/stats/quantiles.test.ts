import { expect, test } from 'vitest';
import { computeQuantiles, computeSortedQuantile } from './quantiles';

// Expected values are those of R's quantile(x, type = 7) and NumPy's percentile(x, method='linear').

test('an empty list has no quantiles', () => {
  expect(computeQuantiles([])).toBeNull();
});

test('one value is every quantile', () => {
  expect(computeQuantiles([42])).toEqual({ n: 1, min: 42, q1: 42, median: 42, q3: 42, max: 42 });
});

test('two values interpolate linearly between them', () => {
  expect(computeQuantiles([10, 20])).toEqual({ n: 2, min: 10, q1: 12.5, median: 15, q3: 17.5, max: 20 });
});

test('odd n: the median is the middle value', () => {
  // R: quantile(1:5) → 1 2 3 4 5
  expect(computeQuantiles([1, 2, 3, 4, 5])).toEqual({ n: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
  // R: quantile(c(1, 3, 7, 15, 31, 63, 127)) → 1 5 15 47 127
  expect(computeQuantiles([1, 3, 7, 15, 31, 63, 127])).toEqual({ n: 7, min: 1, q1: 5, median: 15, q3: 47, max: 127 });
});

test('even n: the median is the mean of the two middle values, quartiles interpolated', () => {
  // R: quantile(1:4) → 1 1.75 2.5 3.25 4
  expect(computeQuantiles([1, 2, 3, 4])).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
  // R: quantile(c(2, 4, 4, 5, 7, 9)) → 2 4 4.5 6.5 9
  expect(computeQuantiles([2, 4, 4, 5, 7, 9])).toEqual({ n: 6, min: 2, q1: 4, median: 4.5, q3: 6.5, max: 9 });
});

test('unsorted input gives the same result and is not mutated', () => {
  const input = [9, 2, 7, 4, 5, 4];
  const frozen = Object.freeze([...input]);
  expect(computeQuantiles(input)).toEqual(computeQuantiles([2, 4, 4, 5, 7, 9]));
  expect(input).toEqual([9, 2, 7, 4, 5, 4]);
  expect(computeQuantiles(frozen)?.median).toBe(4.5);
});

test('numbers sort numerically, not as strings', () => {
  expect(computeQuantiles([100, 9, 20])?.median).toBe(20);
});

test('negative and fractional values (e.g. clock skew in days) are summarised as they are', () => {
  // NumPy: np.percentile([-1.5, 0.25, 3.5, 10], [25, 50, 75]) → -0.1875 1.875 5.125
  const summary = computeQuantiles([3.5, -1.5, 10, 0.25]);
  expect(summary?.q1).toBeCloseTo(-0.1875, 12);
  expect(summary?.median).toBeCloseTo(1.875, 12);
  expect(summary?.q3).toBeCloseTo(5.125, 12);
});

test('NaN and infinities are rejected rather than sorted somewhere', () => {
  expect(() => computeQuantiles([1, Number.NaN, 3])).toThrow(RangeError);
  expect(() => computeQuantiles([1, Number.POSITIVE_INFINITY])).toThrow(/index 1/);
});

test('a single quantile at an arbitrary probability (type 7)', () => {
  // R: quantile(c(1, 2, 3, 4, 10), 0.9) → 7.6
  expect(computeSortedQuantile([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12);
  expect(() => computeSortedQuantile([], 0.5)).toThrow(RangeError);
  expect(() => computeSortedQuantile([1], 1.5)).toThrow(RangeError);
});
