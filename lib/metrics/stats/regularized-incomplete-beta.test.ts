import { expect, test } from 'vitest';
import { computeLogGamma, computeRegularizedIncompleteBeta } from './regularized-incomplete-beta';

test('ln Γ matches factorials and Γ(1/2) = √π', () => {
  expect(computeLogGamma(1)).toBeCloseTo(0, 13);
  expect(computeLogGamma(2)).toBeCloseTo(0, 13);
  expect(computeLogGamma(5)).toBeCloseTo(Math.log(24), 12);
  expect(computeLogGamma(11)).toBeCloseTo(Math.log(3628800), 11);
  expect(computeLogGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
  expect(computeLogGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  expect(() => computeLogGamma(0)).toThrow(RangeError);
});

test('I_x(1, 1) is the uniform CDF and I_x(a, 1) = x^a', () => {
  for (const x of [0, 0.1, 0.5, 0.9, 1]) {
    expect(computeRegularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 13);
    expect(computeRegularizedIncompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 13);
  }
});

test('symmetry: I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
  for (const [x, a, b] of [
    [0.3, 2.5, 0.5],
    [0.8, 10, 3],
    [0.05, 0.5, 20],
  ] as const) {
    expect(computeRegularizedIncompleteBeta(x, a, b)).toBeCloseTo(1 - computeRegularizedIncompleteBeta(1 - x, b, a), 13);
  }
});

test('a known value: I_0.5(2, 3) = 11/16 (binomial identity)', () => {
  expect(computeRegularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 13);
});

test('arguments outside the domain are RangeErrors', () => {
  expect(() => computeRegularizedIncompleteBeta(1.1, 1, 1)).toThrow(RangeError);
  expect(() => computeRegularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
});
