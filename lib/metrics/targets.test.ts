import { expect, test } from 'vitest';
import { computeLight, getTargets } from './targets';

test('lights follow the thresholds, inclusive at the boundary', () => {
  const target = { green: 0.65, amber: 0.55 };
  expect(computeLight(0.65, target)).toBe('on-target');
  expect(computeLight(0.6499, target)).toBe('watch');
  expect(computeLight(0.55, target)).toBe('watch');
  expect(computeLight(0.5, target)).toBe('below-target');
  expect(computeLight(null, target)).toBe('no-data');
});

test('targets default to the FIBAA report bands and can be configured', () => {
  expect(getTargets().paidCompletionRate).toEqual({ green: 0.65, amber: 0.55 });
  process.env.CERTQA_TARGET_STAR_GREEN = '4.7';
  expect(getTargets().starMean.green).toBe(4.7);
  delete process.env.CERTQA_TARGET_STAR_GREEN;
});
