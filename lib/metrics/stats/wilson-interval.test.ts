import { expect, test } from 'vitest';
import { computeWilsonInterval } from './wilson-interval';

// Reference values: Newcombe (1998), "Two-sided confidence intervals for the single proportion",
// Statistics in Medicine 17:857–872, Table I (method 3, score without continuity correction), and
// R's prop.test(x, n, correct = FALSE)$conf.int.

test('0 of 10 gives 0 to 0.2775', () => {
  const interval = computeWilsonInterval(0, 10);
  expect(interval?.low).toBe(0);
  expect(interval?.high).toBeCloseTo(0.2775, 4);
});

test('10 of 10 gives 0.7225 to 1', () => {
  const interval = computeWilsonInterval(10, 10);
  expect(interval?.low).toBeCloseTo(0.7225, 4);
  expect(interval?.high).toBe(1);
});

test('5 of 10 gives 0.2366 to 0.7634, symmetric around one half', () => {
  const interval = computeWilsonInterval(5, 10);
  expect(interval?.low).toBeCloseTo(0.2366, 4);
  expect(interval?.high).toBeCloseTo(0.7634, 4);
  expect((interval?.low ?? Number.NaN) + (interval?.high ?? Number.NaN)).toBeCloseTo(1, 12);
});

test('1 of 100 gives 0.0018 to 0.0545', () => {
  const interval = computeWilsonInterval(1, 100);
  expect(interval?.low).toBeCloseTo(0.00177, 5);
  expect(interval?.high).toBeCloseTo(0.05449, 4);
});

test('81 of 263 gives 0.2553 to 0.3662 (Newcombe 1998)', () => {
  const interval = computeWilsonInterval(81, 263);
  expect(interval?.low).toBeCloseTo(0.2553, 4);
  expect(interval?.high).toBeCloseTo(0.3662, 4);
});

test('n = 0 gives null, not a rate of zero', () => {
  expect(computeWilsonInterval(0, 0)).toBeNull();
});

test('a larger z gives a wider interval (99 %)', () => {
  const at95 = computeWilsonInterval(81, 263);
  const at99 = computeWilsonInterval(81, 263, 2.5758293035489004);
  expect(at99?.low).toBeLessThan(at95?.low ?? Number.NaN);
  expect(at99?.high).toBeGreaterThan(at95?.high ?? Number.NaN);
});

test('the interval always contains the observed rate and stays inside [0, 1]', () => {
  for (const n of [1, 2, 3, 7, 50]) {
    for (let successes = 0; successes <= n; successes += 1) {
      const interval = computeWilsonInterval(successes, n);
      expect(interval).not.toBeNull();
      if (!interval) continue;
      expect(interval.low).toBeGreaterThanOrEqual(0);
      expect(interval.high).toBeLessThanOrEqual(1);
      expect(interval.low).toBeLessThanOrEqual(successes / n);
      expect(interval.high).toBeGreaterThanOrEqual(successes / n);
    }
  }
});

test('counts that no count query can produce are rejected', () => {
  expect(() => computeWilsonInterval(11, 10)).toThrow(RangeError);
  expect(() => computeWilsonInterval(-1, 10)).toThrow(RangeError);
  expect(() => computeWilsonInterval(1.5, 10)).toThrow(RangeError);
  expect(() => computeWilsonInterval(0, -1)).toThrow(RangeError);
  expect(() => computeWilsonInterval(0, Number.NaN)).toThrow(RangeError);
  expect(() => computeWilsonInterval(1, 10, 0)).toThrow(RangeError);
});
