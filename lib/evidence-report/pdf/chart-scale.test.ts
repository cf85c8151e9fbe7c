import { expect, test } from 'vitest';
import { computeNiceStep, computeZeroBasedTicks, createLinearScale } from './chart-scale';

test('a linear scale maps the domain onto the width and clamps what lies outside', () => {
  const scale = createLinearScale([-100, 100], 200);
  expect(scale.toX(-100)).toBe(0);
  expect(scale.toX(0)).toBe(100);
  expect(scale.toX(50)).toBe(150);
  expect(scale.toX(250)).toBe(200);
  expect(() => createLinearScale([1, 1], 100)).toThrow('positive span');
});

test('nice steps are 1, 2, 2.5 or 5 times a power of ten', () => {
  expect(computeNiceStep(0.023)).toBeCloseTo(0.025, 12);
  expect(computeNiceStep(0.5)).toBe(0.5);
  expect(computeNiceStep(3)).toBe(5);
  expect(computeNiceStep(370)).toBe(500);
  expect(computeNiceStep(1)).toBe(1);
});

test('zero-based ticks cover the maximum in about four steps, with clean labels', () => {
  expect(computeZeroBasedTicks(0.0934)).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
  expect(computeZeroBasedTicks(1479)).toEqual([0, 500, 1000, 1500]);
  expect(computeZeroBasedTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  expect(computeZeroBasedTicks(21)).toEqual([0, 10, 20, 30]);
});

test('a chart with nothing to show still gets an axis', () => {
  expect(computeZeroBasedTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  expect(computeZeroBasedTicks(0, 4, 10)).toEqual([0, 2.5, 5, 7.5, 10]);
});
