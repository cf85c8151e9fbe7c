import { expect, test } from 'vitest';
import { computeStudentTCdf, computeStudentTQuantile } from './student-t-quantile';

// Reference values: R's qt(p, df), identical to SciPy's scipy.stats.t.ppf(p, df).
const T_975: readonly (readonly [number, number])[] = [
  [1, 12.706204736174694],
  [2, 4.302652729749462],
  [4, 2.7764451051977934],
  [9, 2.262157162798205],
  [29, 2.045229642132703],
  [100, 1.9839715185235518],
  [10000, 1.960201239890626],
];

test('two-sided 95 % quantiles match the t table', () => {
  for (const [df, expected] of T_975) expect(computeStudentTQuantile(0.975, df)).toBeCloseTo(expected, 9);
});

test('other probabilities: one-sided 95 % and 99.5 %', () => {
  expect(computeStudentTQuantile(0.95, 5)).toBeCloseTo(2.0150483733330233, 9);
  expect(computeStudentTQuantile(0.995, 3)).toBeCloseTo(5.840909309733355, 8);
});

test('df = 1 is the Cauchy distribution: quantile tan(π(p − ½))', () => {
  expect(computeStudentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 9);
});

test('the quantile is symmetric around 0 and 0 at the median', () => {
  expect(computeStudentTQuantile(0.5, 7)).toBe(0);
  expect(computeStudentTQuantile(0.025, 9)).toBeCloseTo(-computeStudentTQuantile(0.975, 9), 12);
});

test('the CDF inverts the quantile', () => {
  for (const df of [1, 3, 12, 60]) {
    for (const p of [0.6, 0.9, 0.975]) expect(computeStudentTCdf(computeStudentTQuantile(p, df), df)).toBeCloseTo(p, 12);
  }
  expect(computeStudentTCdf(0, 5)).toBeCloseTo(0.5, 14);
});

test('probabilities outside (0, 1) and non-positive df are RangeErrors', () => {
  expect(() => computeStudentTQuantile(1, 5)).toThrow(RangeError);
  expect(() => computeStudentTQuantile(0, 5)).toThrow(RangeError);
  expect(() => computeStudentTQuantile(0.975, 0)).toThrow(RangeError);
});
