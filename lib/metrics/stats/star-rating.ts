// The star-rating summary of DESIGN.md's metric contract ("feedback_system = 'STAR' only: n, mean,
// distribution 1–5, share of 5 stars"). Callers pass STAR counts only; a rating off the 1–5 scale
// means another system's ratings were mixed in, and is an error rather than a figure.
//
// The interval of the mean uses Student's t with the sample standard deviation: ratings are
// bounded and the groups are often small, where the normal quantile 1.96 would claim more
// precision than five or ten ratings carry.

import { computeRatingCounts, type TRatingDistribution } from './rating-counts';
import { computeStudentTQuantile } from './student-t-quantile';

export type TStarValue = '1' | '2' | '3' | '4' | '5';

export type TStarSummary = {
  n: number;
  /** Mean rating in stars; null when n = 0. */
  mean: number | null;
  /** Count of ratings per star value, every value present (0 when nobody gave it). */
  distribution: Record<TStarValue, number>;
  /** Share of ratings that are 5 stars, in [0, 1]; null when n = 0. */
  shareOfFive: number | null;
  /**
   * Two-sided 95 % t interval of the mean (sample SD, n − 1 degrees of freedom), clamped to
   * [1, 5] because no mean can leave the scale; null for n < 2, where no SD can be estimated.
   */
  meanInterval: { low: number; high: number } | null;
};

const STAR_VALUES: readonly TStarValue[] = ['1', '2', '3', '4', '5'];

/**
 * Computes n, mean, distribution, share of five stars and the 95 % interval of the mean from the
 * counts of STAR ratings (rating 1–5 → count). Throws a RangeError naming the rating when a
 * rating is not an integer from 1 to 5, or its count is not a non-negative integer.
 */
export function computeStarSummary(distribution: TRatingDistribution): TStarSummary {
  const counts = computeRatingCounts(distribution, 1, 5);
  const byStar = Object.fromEntries(STAR_VALUES.map((star, index) => [star, counts[index] ?? 0])) as Record<TStarValue, number>;
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0) return { n, mean: null, distribution: byStar, shareOfFive: null, meanInterval: null };

  const mean = counts.reduce((sum, count, index) => sum + count * (index + 1), 0) / n;
  return { n, mean, distribution: byStar, shareOfFive: byStar['5'] / n, meanInterval: computeMeanInterval(counts, n, mean) };
}

function computeMeanInterval(counts: readonly number[], n: number, mean: number): { low: number; high: number } | null {
  if (n < 2) return null;
  const sumOfSquares = counts.reduce((sum, count, index) => sum + count * (index + 1 - mean) ** 2, 0);
  const standardError = Math.sqrt(sumOfSquares / (n - 1) / n);
  const margin = computeStudentTQuantile(0.975, n - 1) * standardError;
  return { low: Math.max(1, mean - margin), high: Math.min(5, mean + margin) };
}
