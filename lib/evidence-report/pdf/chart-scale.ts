// Chart maths, kept out of the drawing: a linear scale from data values to points and "nice" axis
// ticks (steps of 1, 2, 2.5 or 5 times a power of ten), so every chart's axis reads at a glance.

export type TLinearScale = { domain: [number, number]; width: number; toX: (value: number) => number };

export function createLinearScale(domain: [number, number], width: number): TLinearScale {
  const [low, high] = domain;
  const span = high - low;
  if (!(span > 0)) throw new Error(`A chart domain needs a positive span, got [${low}, ${high}]`);
  // Values outside the domain are drawn at its edge rather than outside the chart.
  const toX = (value: number) => (Math.min(Math.max(value, low), high) - low) * (width / span);
  return { domain, width, toX };
}

const NICE_FACTORS = [1, 2, 2.5, 5, 10];

/** The smallest nice step at least `rough` (rough > 0). */
export function computeNiceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) throw new Error(`A tick step must be a positive number, got ${rough}`);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const factor = NICE_FACTORS.find((candidate) => candidate * magnitude >= rough * (1 - 1e-12)) ?? 10;
  return factor * magnitude;
}

/**
 * Ticks from 0 up to a nice maximum covering `max`, about `count` steps. A chart with nothing to
 * show (max 0 or below) still gets an axis of [0, fallbackMax].
 */
export function computeZeroBasedTicks(max: number, count = 4, fallbackMax = 1): number[] {
  const top = max > 0 ? max : fallbackMax;
  const step = computeNiceStep(top / count);
  const steps = Math.ceil(top / step - 1e-9);
  // Multiplying (not adding) keeps 0.1 * 3 from drifting to 0.30000000000000004 in the labels.
  return Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}
