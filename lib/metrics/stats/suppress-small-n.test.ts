import { expect, test } from 'vitest';
import { applyMinimumGroupSize, applyMinimumRespondentCount, DEFAULT_MINIMUM_GROUP_SIZE } from './suppress-small-n';

test('exactly k − 1 learners is suppressed with the reason naming k and n', () => {
  expect(applyMinimumGroupSize(0.5, 4, 5)).toEqual({ value: null, n: 4, suppressed: 'fewer than 5 learners (n = 4)' });
});

test('exactly k learners is shown', () => {
  expect(applyMinimumGroupSize(0.4, 5, 5)).toEqual({ value: 0.4, n: 5, suppressed: null });
});

test('n = 0 is "no data", not "fewer than k"', () => {
  expect(applyMinimumGroupSize(0, 0, 5)).toEqual({ value: null, n: 0, suppressed: 'no data' });
  expect(applyMinimumGroupSize(0, 0, 1)).toEqual({ value: null, n: 0, suppressed: 'no data' });
});

test('k = 1 shows every non-empty figure', () => {
  expect(applyMinimumGroupSize('x', 1, 1)).toEqual({ value: 'x', n: 1, suppressed: null });
});

test('the default k of DESIGN.md is 5', () => {
  expect(DEFAULT_MINIMUM_GROUP_SIZE).toBe(5);
});

test('a custom noun names what n counts', () => {
  expect(applyMinimumGroupSize(4.2, 2, 10, 'ratings')).toEqual({ value: null, n: 2, suppressed: 'fewer than 10 ratings (n = 2)' });
  expect(applyMinimumRespondentCount(4.2, 9, 10)).toEqual({ value: null, n: 9, suppressed: 'fewer than 10 respondents (n = 9)' });
  expect(applyMinimumRespondentCount(4.2, 10, 10)).toEqual({ value: 4.2, n: 10, suppressed: null });
});

test('an object value is passed through unchanged when shown', () => {
  const interval = { low: 0.2, high: 0.4 };
  const result = applyMinimumGroupSize(interval, 100, 5);
  expect(result.value).toBe(interval);
});

test('the suppressed flag narrows the value type', () => {
  const result = applyMinimumGroupSize(0.25, 8, 5);
  if (result.suppressed === null) {
    const shown: number = result.value;
    expect(shown).toBe(0.25);
  } else {
    throw new Error('expected the figure to be shown');
  }
});

test('k below 1 or not an integer is a RangeError', () => {
  expect(() => applyMinimumGroupSize(1, 10, 0)).toThrow(RangeError);
  expect(() => applyMinimumGroupSize(1, 10, -5)).toThrow(RangeError);
  expect(() => applyMinimumGroupSize(1, 10, 2.5)).toThrow(RangeError);
  expect(() => applyMinimumGroupSize(1, 10, Number.NaN)).toThrow(RangeError);
});

test('n that is negative or fractional is a RangeError', () => {
  expect(() => applyMinimumGroupSize(1, -1, 5)).toThrow(RangeError);
  expect(() => applyMinimumGroupSize(1, 4.5, 5)).toThrow(RangeError);
});
