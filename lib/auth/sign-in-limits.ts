// How many failed sign-ins are tolerated, from the environment (README: Security). Passed around as
// a value so that tests can set small limits without touching process.env.
import { env } from '@/lib/env';

export type TSignInLimits = {
  /** Failed sign-ins one client address may make per window. */
  addressLimit: number;
  addressWindowMs: number;
  /** Consecutive failed sign-ins that lock an account, and for how long. */
  lockoutThreshold: number;
  lockoutMs: number;
  trustedProxyHops: number;
};

export function getSignInLimits(): TSignInLimits {
  return {
    addressLimit: env.CERTQA_SIGNIN_ADDRESS_LIMIT,
    addressWindowMs: env.CERTQA_SIGNIN_ADDRESS_WINDOW_MINUTES * 60_000,
    lockoutThreshold: env.CERTQA_SIGNIN_LOCKOUT_THRESHOLD,
    lockoutMs: env.CERTQA_SIGNIN_LOCKOUT_MINUTES * 60_000,
    trustedProxyHops: env.CERTQA_TRUSTED_PROXY_HOPS,
  };
}
