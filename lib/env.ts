// The environment, validated once. Everything configurable about CertQA is read here.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

const ZEnv = z.object({
  /** `file:<path>` for SQLite (default) or `postgresql://…` for PostgreSQL. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Folder for the embedded database, uploads and the generated auth secret. */
  CERTQA_DATA_DIR: z.string().min(1).default('data'),
  /** Signs session tokens; generated into the data folder on first use when not set. */
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  /** Small-n suppression threshold k (figures from fewer than k learners are withheld). */
  CERTQA_MIN_GROUP_SIZE: z.coerce.number().int().min(1).max(1000).default(5),
  /** A gap between two activity events longer than this is a break (observed time on task). */
  CERTQA_INACTIVITY_CUTOFF_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Credential eligibility: share of a course's items a learner accessed (AI Campus: 50 %). */
  CERTQA_PARTICIPATION_THRESHOLD: z.coerce.number().min(0).max(1).default(0.5),
  /** Credential eligibility: share of the total assessed score a learner reached (AI Campus: 60 %). */
  CERTQA_ACHIEVEMENT_THRESHOLD: z.coerce.number().min(0).max(1).default(0.6),
  /** Optional e-mail: a pickup directory where each new due-date notification is written as an .eml file. */
  CERTQA_MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /** Largest evidence file accepted, in bytes (25 MiB); larger uploads are refused with 413. */
  CERTQA_EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(25 * 1024 * 1024),
  /** Absolute lifetime of a sign-in session in hours, however active the user is. */
  CERTQA_SESSION_HOURS: z.coerce
    .number()
    .min(0.25)
    .max(24 * 30)
    .default(8),
  /** Failed sign-ins one client address may make per window before it is refused for the rest of the window. */
  CERTQA_SIGNIN_ADDRESS_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  CERTQA_SIGNIN_ADDRESS_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Consecutive failed sign-ins that lock an account, and for how long. */
  CERTQA_SIGNIN_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
  CERTQA_SIGNIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(15),
  /**
   * Reverse proxies in front of CertQA that append to X-Forwarded-For beyond the nearest one: the
   * client address is the entry this many places from the right (0: the last entry). OpenID Connect
   * variables (CERTQA_OIDC_*) are read by lib/auth/oidc-config.ts, which checks them as a set.
   */
  CERTQA_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type TEnv = z.infer<typeof ZEnv>;

function parseEnv(): TEnv {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();

export function getDataDir(): string {
  const dir = isAbsolute(env.CERTQA_DATA_DIR) ? env.CERTQA_DATA_DIR : resolve(/*turbopackIgnore: true*/ process.cwd(), env.CERTQA_DATA_DIR);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Read at call time (not import time) so the CLI and tests can point the process at another database. */
export function getDatabaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : `file:${join(getDataDir(), 'certqa.db')}`;
}

/** The session-signing secret: from the environment, else persisted in the data folder. */
export function getAuthSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = join(getDataDir(), 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
