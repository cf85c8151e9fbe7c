// The Student t quantile for the confidence interval of a mean (star ratings). With the small
// groups CertQA reports on (k = 5 learners and up), the normal quantile 1.96 would understate the
// uncertainty of a mean badly (the t quantile for 4 degrees of freedom is 2.776), so the t
// distribution is used for every n and converges to the normal quantile for large n by itself.

import { computeRegularizedIncompleteBeta } from './regularized-incomplete-beta';

/** Computes P(T ≤ t) for a Student t variable with `degreesOfFreedom` > 0. */
export function computeStudentTCdf(t: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`degrees of freedom must be positive, got ${degreesOfFreedom}`);
  if (Number.isNaN(t)) throw new RangeError('t must be a number, got NaN');
  const tail = 0.5 * computeRegularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Computes the quantile t with P(T ≤ t) = `probability` for a Student t variable with
 * `degreesOfFreedom` > 0, e.g. computeStudentTQuantile(0.975, 9) ≈ 2.262 for a two-sided 95 %
 * interval from 10 observations. Found by bisection on the CDF, which is monotone, so it cannot
 * fail to converge; 200 halvings reach the limit of double precision.
 */
export function computeStudentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (!(probability > 0 && probability < 1)) throw new RangeError(`probability must be within (0, 1), got ${probability}`);
  if (!(degreesOfFreedom > 0)) throw new RangeError(`degrees of freedom must be positive, got ${degreesOfFreedom}`);
  if (probability === 0.5) return 0;
  if (probability < 0.5) return -computeStudentTQuantile(1 - probability, degreesOfFreedom);

  let low = 0;
  let high = 1;
  while (computeStudentTCdf(high, degreesOfFreedom) < probability) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 200 && high - low > Number.EPSILON * high; i += 1) {
    const middle = (low + high) / 2;
    if (computeStudentTCdf(middle, degreesOfFreedom) < probability) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
