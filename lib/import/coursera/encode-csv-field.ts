/*
 * Writes values in the dialect of Coursera research exports (see parse-csv.ts), for tests and for the demo-export
 * generator, so that demo files exercise the same escapes and NULLs as real exports.
 */

export type TCsvValue = string | number | boolean | null | Date;

/**
 * One field: NULL → empty and unquoted; strings always quoted with `"` → `\"` and `\` → `\\` (so `''` becomes `""`,
 * which reads back as an empty string, not NULL); numbers unquoted; booleans `t`/`f`; dates
 * `YYYY-MM-DD HH:MM:SS.mmm` in UTC, the timestamp format of the exports.
 */
export function encodeCsvField(value: TCsvValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return `"${value.replace(/[\\"]/g, '\\$&')}"`;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    // PostgreSQL would read "NaN"/"Infinity", but the importer rejects them, so refuse to write them.
    if (!Number.isFinite(value)) throw new RangeError(`cannot encode the non-finite number ${value}`);
    return String(value);
  }
  return formatTimestamp(value);
}

/** A whole record including its `\n` line end. */
export function encodeCsvRecord(values: readonly TCsvValue[]): string {
  return `${values.map(encodeCsvField).join(',')}\n`;
}

function formatTimestamp(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('cannot encode an invalid Date');
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError(`cannot encode the year ${year}; the export format has four-digit years`);
  const pad = (part: number, width = 2) => String(part).padStart(width, '0');
  return (
    `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}`
  );
}
