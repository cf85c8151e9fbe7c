import { expect, test } from 'vitest';
import { computeRatingCounts } from './rating-counts';

test('a Map and a record give the same counts, with zeros for missing ratings', () => {
  expect(
    computeRatingCounts(
      new Map([
        [1, 2],
        [3, 4],
      ]),
      1,
      5,
    ),
  ).toEqual([2, 0, 4, 0, 0]);
  expect(computeRatingCounts({ 1: 2, 3: 4 }, 1, 5)).toEqual([2, 0, 4, 0, 0]);
});

test('a record parsed from JSON (string keys) is accepted', () => {
  expect(computeRatingCounts(JSON.parse('{"0": 1, "10": 3}') as Record<number, number>, 0, 10)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
});

test('ratings outside the scale or not integers are rejected, naming the rating', () => {
  expect(() => computeRatingCounts(new Map([[6, 1]]), 1, 5)).toThrow(/rating 6 /);
  expect(() => computeRatingCounts(new Map([[0, 1]]), 1, 5)).toThrow(RangeError);
  expect(() => computeRatingCounts(new Map([[2.5, 1]]), 1, 5)).toThrow(/rating 2\.5 /);
  expect(() => computeRatingCounts(new Map([[Number.NaN, 1]]), 1, 5)).toThrow(RangeError);
});

test('non-canonical record keys are rejected rather than coerced', () => {
  expect(() => computeRatingCounts(JSON.parse('{"": 1}') as Record<number, number>, 0, 10)).toThrow(/rating ""/);
  expect(() => computeRatingCounts(JSON.parse('{"09": 1}') as Record<number, number>, 0, 10)).toThrow(/rating "09"/);
  expect(() => computeRatingCounts(JSON.parse('{"x": 1}') as Record<number, number>, 0, 10)).toThrow(/rating "x"/);
});

test('negative or fractional counts are rejected, naming the rating', () => {
  expect(() => computeRatingCounts(new Map([[3, -1]]), 1, 5)).toThrow(/rating 3 /);
  expect(() => computeRatingCounts({ 4: 0.5 }, 1, 5)).toThrow(RangeError);
});
