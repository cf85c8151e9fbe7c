// The confidence interval for a completion rate (DESIGN.md, metric contract: "completers /
// enrolled, with a Wilson 95 % interval"). Wilson's score interval is used instead of the Wald
// interval p ± z·sqrt(p(1 − p)/n) because cohorts are often small and rates often near 0 or 1,
// where Wald collapses to zero width or leaves [0, 1]; Wilson stays inside [0, 1] and keeps its
// coverage (Brown, Cai & DasGupta 2001, "Interval Estimation for a Binomial Proportion").

/** The two-sided 95 % standard-normal quantile, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/**
 * Computes the Wilson score interval for `successes` out of `n` trials.
 *
 * Returns null when n = 0, because no data is not the same as a rate of 0 and must not be drawn
 * as one. Throws a RangeError for counts that cannot come from a count query (negative, fractional,
 * successes > n), because such input means a bug upstream rather than a figure to show.
 *
 * @param successes learners counted as a success (e.g. completers), an integer 0 ≤ successes ≤ n
 * @param n learners in the denominator (e.g. enrolled), a non-negative integer
 * @param z the standard-normal quantile of the wanted confidence level (default 95 %)
 */
export function computeWilsonInterval(successes: number, n: number, z: number = Z_95): { low: number; high: number } | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be an integer between 0 and n = ${n}, got ${successes}`);
  }
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be a positive finite number, got ${z}`);
  if (n === 0) return null;

  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or p = 1 the exact bound is 0 or 1; pin it so rounding never yields 1e-17 or 0.9999….
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === n ? 1 : Math.min(1, centre + halfWidth),
  };
}
