// The current time. Every time-dependent rule (auditor grant expiry, due dates) asks here, so
// tests can move the clock:
// - CERTQA_CLOCK_OFFSET_DAYS shifts it, outside production only (unit and integration tests);
// - CERTQA_TEST_CLOCK_FILE names a file holding an offset in days that the end-to-end server (a
//   production build) re-reads when it changes, so a browser test can move time mid-run. Only
//   scripts/e2e-server.mjs sets it; a deployment never does.
import { readFileSync, statSync } from 'node:fs';

const DAY_MS = 86_400_000;
let fileOffset: { path: string; mtimeMs: number; days: number } | null = null;

function readFileOffsetDays(path: string): number {
  try {
    const { mtimeMs } = statSync(path);
    if (fileOffset?.path !== path || fileOffset.mtimeMs !== mtimeMs) {
      const days = Number(readFileSync(path, 'utf8').trim() || 0);
      fileOffset = { path, mtimeMs, days: Number.isFinite(days) ? days : 0 };
    }
    return fileOffset.days;
  } catch {
    return 0;
  }
}

export function getNow(): Date {
  const clockFile = process.env.CERTQA_TEST_CLOCK_FILE;
  const offsetDays = clockFile ? readFileOffsetDays(clockFile) : process.env.NODE_ENV === 'production' ? 0 : Number(process.env.CERTQA_CLOCK_OFFSET_DAYS ?? 0);
  return new Date(Date.now() + (Number.isFinite(offsetDays) ? offsetDays : 0) * DAY_MS);
}
