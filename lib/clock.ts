// The current time. Every time-dependent rule (auditor grant expiry, due dates) asks here, so
// tests can move the clock. CERTQA_CLOCK_OFFSET_DAYS is honoured only outside production.
export function getNow(): Date {
  const offsetDays = process.env.NODE_ENV === 'production' ? 0 : Number(process.env.CERTQA_CLOCK_OFFSET_DAYS ?? 0);
  return new Date(Date.now() + (Number.isFinite(offsetDays) ? offsetDays : 0) * 86_400_000);
}
