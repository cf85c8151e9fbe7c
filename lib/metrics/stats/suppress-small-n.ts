// The small-n rule of DESIGN.md: "Suppress any figure computed from fewer than k learners or
// respondents (default k = 5, configurable) and say so instead of showing it." A rate of 1/2 or a
// mean of three ratings says little and can identify individual learners, so the value itself is
// withheld, never just greyed out. The reason travels with the figure so that the page, the CLI and
// the evidence PDF all show the same sentence.

/** The default minimum group size k of DESIGN.md. */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

/**
 * A figure after the small-n rule: either its value, or null with the reason it is not shown.
 * n is always kept, because DESIGN.md asks for n next to every rate or mean, suppressed or not.
 */
export type TSuppressed<T> = { value: T; n: number; suppressed: null } | { value: null; n: number; suppressed: string };

/**
 * Applies the small-n rule to a figure computed from `n` learners.
 *
 * n = 0 gives reason "no data" rather than "fewer than k", because an empty group is a different
 * fact for an auditor (nothing was measured) than a group too small to report.
 *
 * @param value the figure as computed (a rate, a mean, an interval, a whole summary …)
 * @param n the number of learners or respondents the figure was computed from
 * @param k the minimum group size; figures from 0 < n < k are suppressed
 * @param noun what n counts, used in the reason text (default "learners"; e.g. "respondents")
 */
export function applyMinimumGroupSize<T>(value: T, n: number, k: number, noun = 'learners'): TSuppressed<T> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`minimum group size k must be an integer ≥ 1, got ${k}`);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n === 0) return { value: null, n, suppressed: 'no data' };
  if (n < k) return { value: null, n, suppressed: `fewer than ${k} ${noun} (n = ${n})` };
  return { value, n, suppressed: null };
}

/**
 * Applies the small-n rule to a figure computed from survey or rating respondents, whose reason
 * must say "respondents": a star rating from 3 people is not a figure about 3 learners.
 */
export function applyMinimumRespondentCount<T>(value: T, n: number, k: number): TSuppressed<T> {
  return applyMinimumGroupSize(value, n, k, 'respondents');
}
