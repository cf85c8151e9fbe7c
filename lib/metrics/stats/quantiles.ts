// The five-number summary behind "median and quartiles" figures (time to completion, reported
// hours, observed time on task). Hyndman & Fan's type 7 (linear interpolation between closest
// ranks) is used because it is the default of R's quantile() and NumPy's percentile(), and
// PostgreSQL's percentile_cont computes the same thing — so an auditor re-running a figure in
// any of those tools gets the number we show.

export type TQuantiles = {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
};

/**
 * Computes n, minimum, quartiles, median and maximum of `values` (type 7 quantiles).
 *
 * Returns null for an empty list: there is no median of nothing, and showing 0 would read as a
 * measured zero. The input is not mutated (a sorted copy is used), because callers pass arrays
 * they still render in their original order. Throws a RangeError on NaN or ±Infinity, which would
 * otherwise sort unpredictably and silently corrupt every quantile.
 */
export function computeQuantiles(values: readonly number[]): TQuantiles | null {
  for (const [index, value] of values.entries()) {
    if (!Number.isFinite(value)) throw new RangeError(`value at index ${index} is not a finite number: ${value}`);
  }
  if (values.length === 0) return null;

  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: computeSortedQuantile(sorted, 0),
    q1: computeSortedQuantile(sorted, 0.25),
    median: computeSortedQuantile(sorted, 0.5),
    q3: computeSortedQuantile(sorted, 0.75),
    max: computeSortedQuantile(sorted, 1),
  };
}

/**
 * Computes the type 7 quantile of an ascending, non-empty array: position h = (n − 1)·p on the
 * zero-based ranks, interpolated linearly between the values at floor(h) and ceil(h).
 */
export function computeSortedQuantile(sorted: readonly number[], probability: number): number {
  if (sorted.length === 0) throw new RangeError('cannot take a quantile of an empty list');
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`probability must be within [0, 1], got ${probability}`);
  const position = (sorted.length - 1) * probability;
  const lowerRank = Math.floor(position);
  const lower = sorted[lowerRank] ?? Number.NaN;
  const upper = sorted[Math.min(lowerRank + 1, sorted.length - 1)] ?? Number.NaN;
  return lower + (position - lowerRank) * (upper - lower);
}
