// Net Promoter Score (DESIGN.md, metric contract): promoters rate ≥ 9, detractors ≤ 6 on the 0–10
// scale, NPS = 100·(P − D)/n with a 95 % interval. Callers pass one feedback system's ratings
// (NPS_FIRST_WEEK or NPS_END_OF_COURSE, never mixed); a rating off the 0–10 scale is therefore a
// sign that STAR ratings were mixed in, and is an error.
//
// The interval treats each response as a draw from {+1, 0, −1} (promoter, passive, detractor), so
// the score is 100 times the mean of a multinomial variable whose variance is p + d − (p − d)²;
// dividing by n gives the variance of the mean, the standard NPS margin of error.

import { computeRatingCounts, type TRatingDistribution } from './rating-counts';

/** The normal quantile the metric contract uses for the NPS interval (95 %, two-sided). */
const NPS_Z = 1.96;

export type TNpsSummary = {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** 100·(P − D)/n, within [−100, 100]; null when n = 0. */
  score: number | null;
  /** Normal-approximation 95 % interval of the score, clamped to [−100, 100]; null when n = 0. */
  interval: { low: number; high: number } | null;
};

/**
 * Computes the NPS of one feedback system from its rating counts (rating 0–10 → count).
 *
 * Throws a RangeError naming the rating when a rating is not an integer from 0 to 10 (or its
 * count is not a non-negative integer). n = 0 gives score and interval null, not 0, because
 * "no respondents" and "as many promoters as detractors" are different facts.
 */
export function computeNps(distribution: TRatingDistribution): TNpsSummary {
  const counts = computeRatingCounts(distribution, 0, 10);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [rating, count] of counts.entries()) {
    if (rating >= 9) promoters += count;
    else if (rating >= 7) passives += count;
    else detractors += count;
  }
  const n = promoters + passives + detractors;
  if (n === 0) return { n, promoters, passives, detractors, score: null, interval: null };

  const p = promoters / n;
  const d = detractors / n;
  const score = 100 * (p - d);
  // max(0, …) guards against a tiny negative from rounding when everyone gave the same answer.
  const variance = Math.max(0, (p + d - (p - d) ** 2) / n);
  const margin = NPS_Z * 100 * Math.sqrt(variance);
  return {
    n,
    promoters,
    passives,
    detractors,
    score,
    interval: { low: Math.max(-100, score - margin), high: Math.min(100, score + margin) },
  };
}
