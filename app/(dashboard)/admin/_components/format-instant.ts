// Date and time in UTC for administration lists, where the hour matters (locks, last use).
export function formatInstant(value: Date | null | undefined): string {
  if (!value) return '—';
  return `${value.toLocaleString('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}
