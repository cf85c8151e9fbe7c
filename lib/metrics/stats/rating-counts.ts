// Rating distributions reach the statistics either as a Map (built while reading summary rows)
// or as a plain record (parsed from JSON, e.g. a frozen metric snapshot, whose keys are strings).
// Both are read here, once, with the same strictness: a rating outside the scale means the wrong
// feedback system was mixed in (DESIGN.md: NPS never mixed with STAR), so it is an error, never
// silently dropped.

/** Counts of ratings, keyed by the rating value. */
export type TRatingDistribution = ReadonlyMap<number, number> | Readonly<Record<number, number>>;

/**
 * Computes the count of every rating from `min` to `max` (array index 0 is rating `min`).
 *
 * Throws a RangeError naming the rating when a rating is not an integer within [min, max], or
 * when its count is not a non-negative integer. Record keys must be the canonical spelling of the
 * number ("9", not "09" or " 9"), so that a stray empty key never turns into rating 0.
 */
export function computeRatingCounts(distribution: TRatingDistribution, min: number, max: number): number[] {
  const counts = Array.from({ length: max - min + 1 }, () => 0);
  const entries: [number | string, number][] = distribution instanceof Map ? [...distribution.entries()] : Object.entries(distribution);
  for (const [key, count] of entries) {
    const rating = Number(key);
    const isCanonical = typeof key === 'number' || String(rating) === key;
    if (!isCanonical || !Number.isInteger(rating) || rating < min || rating > max) {
      const shown = isCanonical ? String(rating) : JSON.stringify(key);
      throw new RangeError(`rating ${shown} is not an integer from ${min} to ${max}`);
    }
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`count for rating ${rating} must be a non-negative integer, got ${count}`);
    }
    counts[rating - min] = (counts[rating - min] ?? 0) + count;
  }
  return counts;
}
