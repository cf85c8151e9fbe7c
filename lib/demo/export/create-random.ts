/*
 * Deterministic randomness for the demo export. Every stream of draws is seeded from a hash of its purpose and
 * coordinates (seed, learner index, course …), so any part of the export can be regenerated on demand instead of
 * being kept in memory, and the same options always give the same bytes on every machine (no Math.random, no
 * dependence on iteration order elsewhere).
 */

/** A seed coordinate: numbers are hashed by value (integers up to 2^53), strings by their UTF-16 code units. */
export type TSeedPart = number | string;

const LANE_SALTS = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f] as const;

/** Murmur3's 32-bit block mix: folds one word into a running hash. */
function mixWord(hash: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const h = hash ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/** Murmur3's finaliser: spreads every input bit over the whole word. */
function finalizeWord(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units: folds a string part into one word before the four-lane mix. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * Four independent 32-bit hashes of the parts (128 bits of PRNG state, so that the millions of learner and
 * enrolment coordinates do not collide into equal streams). Called once per learner and enrolment, so it avoids
 * closures and allocation beyond the result.
 */
export function computeSeedWords(parts: readonly TSeedPart[]): [number, number, number, number] {
  let h0: number = LANE_SALTS[0];
  let h1: number = LANE_SALTS[1];
  let h2: number = LANE_SALTS[2];
  let h3: number = LANE_SALTS[3];
  for (const part of parts) {
    let lo: number;
    let hi: number;
    if (typeof part === 'number') {
      if (!Number.isSafeInteger(part)) throw new RangeError(`seed parts must be safe integers, got ${part}`);
      lo = part | 0;
      // Tag the type so that a number never hashes like a string.
      hi = (Math.floor(part / 0x100000000) ^ 0x6e756d00) | 0;
    } else {
      lo = hashText(part);
      hi = (part.length ^ 0x73747200) | 0;
    }
    h0 = mixWord(mixWord(h0, lo), hi);
    h1 = mixWord(mixWord(h1, lo ^ 0x632be5ab), hi);
    h2 = mixWord(mixWord(h2, lo ^ 0x5bd1e995), hi);
    h3 = mixWord(mixWord(h3, lo ^ 0x27220a95), hi);
  }
  return [finalizeWord(h0), finalizeWord(h1), finalizeWord(h2), finalizeWord(h3)];
}

/** One 32-bit hash of the parts, e.g. to pick hot-spot items without a PRNG. */
export function computeHash32(...parts: TSeedPart[]): number {
  return computeSeedWords(parts)[0];
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): passes PractRand to terabytes, needs only 32-bit
 * integer arithmetic, and the counter guarantees a period of at least 2^32 from any seed.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(words: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = words;
    // The first outputs of a freshly seeded sfc32 are still correlated with the seed words.
    for (let i = 0; i < 12; i++) this.drawUint32();
  }

  drawUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  draw(): number {
    return this.drawUint32() / 4294967296;
  }

  /** Uniform integer in [0, count). */
  drawInt(count: number): number {
    return Math.floor(this.draw() * count);
  }

  /** Uniform in [min, max). */
  drawBetween(min: number, max: number): number {
    return min + (max - min) * this.draw();
  }

  /** Uniform integer in [min, max]. */
  drawIntBetween(min: number, max: number): number {
    return min + Math.floor(this.draw() * (max - min + 1));
  }

  drawChance(probability: number): boolean {
    return this.draw() < probability;
  }

  /** Index into `cumulative`, an ascending array of cumulative weights (last entry = total). */
  drawWeighted(cumulative: readonly number[]): number {
    const total = cumulative[cumulative.length - 1] ?? 0;
    const target = this.draw() * total;
    for (let i = 0; i < cumulative.length; i++) if (target < (cumulative[i] as number)) return i;
    return cumulative.length - 1;
  }

  /** Exponentially distributed with the given mean. */
  drawExponential(mean: number): number {
    return -mean * Math.log(1 - this.draw());
  }

  /** Log-normal factor with median 1 (sigma of the underlying normal), via Box–Muller. */
  drawLogNormalFactor(sigma: number): number {
    const u = 1 - this.draw();
    const v = this.draw();
    return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
}

export type TRandom = SeededRandom;

export function createRandom(...parts: TSeedPart[]): TRandom {
  return new SeededRandom(computeSeedWords(parts));
}

/** Running sums of `weights`, the form {@link SeededRandom.drawWeighted} takes. */
export function computeCumulativeWeights(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((weight) => {
    sum += weight;
    return sum;
  });
}
