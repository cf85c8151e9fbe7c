/*
 * Converters from export field text to typed values, used by row validation. They run once per field on files of
 * millions of rows, so they return a result instead of throwing (row validation adds file, line and column to the
 * reason) and parse fixed formats by position instead of with Date.parse, which accepts far too much and reads
 * zone-less text as local time. NULL never reaches them: an empty unquoted field is `null` before conversion.
 */

export type TParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** PostgreSQL INT4, the type of the order and type-id columns. */
export const INT4_RANGE = { min: -2147483648, max: 2147483647 } as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const INTEGER_PATTERN = /^-?\d+$/;
// What PostgreSQL prints for FLOAT8 (plus the forms it reads, like `.5` and `1.`), without NaN/Infinity, which no
// dashboard figure can use.
const DOUBLE_PATTERN = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TIMESTAMP_EXAMPLE = '2016-04-27 17:46:38 or 2016-04-27 17:46:38.787';

/**
 * `YYYY-MM-DD HH:MM:SS` with an optional fraction of 1–6 digits, read as UTC (the columns are PostgreSQL
 * `TIMESTAMP` without zone). A JavaScript Date holds milliseconds, so digits beyond the third are truncated.
 */
export function parseTimestamp(text: string): TParseResult<Date> {
  const length = text.length;
  const hasShape =
    (length === 19 || (length >= 21 && length <= 26 && text[19] === '.')) &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === ' ' &&
    text[13] === ':' &&
    text[16] === ':';
  const hour = readDigits(text, 11, 2);
  const minute = readDigits(text, 14, 2);
  const second = readDigits(text, 17, 2);
  const fraction = length > 20 ? readDigits(text, 20, length - 20) : 0;
  // The reason is built only on failure: this runs for every timestamp of multi-million-row files.
  const malformed = () => `expected a timestamp like ${TIMESTAMP_EXAMPLE}, found ${quoteForReason(text)}`;
  if (!hasShape || hour < 0 || minute < 0 || second < 0 || fraction < 0) return fail(malformed());
  const day = checkDateParts(text, malformed);
  if (!day.ok) return day;
  if (hour > 23) return fail(`${quoteForReason(text)} has hour ${hour}; hours run from 00 to 23`);
  if (minute > 59) return fail(`${quoteForReason(text)} has minute ${minute}; minutes run from 00 to 59`);
  if (second > 59) return fail(`${quoteForReason(text)} has second ${second}; seconds run from 00 to 59`);
  const fractionDigits = Math.max(0, length - 20);
  // Divide by an exact power of ten rather than multiply by 0.1-style factors, which are inexact in binary.
  const milliseconds = fractionDigits <= 3 ? fraction * 10 ** (3 - fractionDigits) : Math.floor(fraction / 10 ** (fractionDigits - 3));
  return { ok: true, value: createUtcDate(day.value, hour, minute, second, milliseconds) };
}

/** `YYYY-MM-DD` as midnight UTC. */
export function parseDate(text: string): TParseResult<Date> {
  const malformed = () => `expected a date like 2016-04-27, found ${quoteForReason(text)}`;
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return fail(malformed());
  const day = checkDateParts(text, malformed);
  if (!day.ok) return day;
  return { ok: true, value: createUtcDate(day.value, 0, 0, 0, 0) };
}

/** `t`/`f` as the exports write booleans; `true`/`false` as hand-made files tend to. */
export function parseBoolean(text: string): TParseResult<boolean> {
  if (text === 't' || text === 'true') return { ok: true, value: true };
  if (text === 'f' || text === 'false') return { ok: true, value: false };
  return fail(`expected t or f, found ${quoteForReason(text)}`);
}

/**
 * Decimal integer with an optional minus sign. Limited to the range a JavaScript number holds exactly, and to
 * `range` when given (e.g. {@link INT4_RANGE}).
 */
export function parseInteger(text: string, range?: { min: number; max: number }): TParseResult<number> {
  if (!INTEGER_PATTERN.test(text)) return fail(`expected an integer, found ${quoteForReason(text)}`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return fail(`${quoteForReason(text)} is too large to be held exactly`);
  if (range && (value < range.min || value > range.max)) return fail(`${quoteForReason(text)} is outside the range ${range.min} to ${range.max}`);
  // Number('-0') is -0, which would print as 0 but compare oddly with Object.is.
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Decimal number as PostgreSQL writes FLOAT8 (`12.5`, `-3`, `1e-05`). Rejects NaN, Infinity, decimal commas and
 * trailing text. Named after the column type because `parseFloat` would shadow the global of that name.
 */
export function parseDouble(text: string): TParseResult<number> {
  if (!DOUBLE_PATTERN.test(text)) return fail(`expected a number like 12.5, found ${quoteForReason(text)}`);
  const value = Number(text);
  if (!Number.isFinite(value)) return fail(`${quoteForReason(text)} is outside the range of a double-precision number`);
  return { ok: true, value };
}

type TDateParts = { year: number; month: number; day: number };

/**
 * Checks the `YYYY-MM-DD` at the start of `text` (separators already checked), including the length of the month;
 * `malformed` is the reason when a part is not digits.
 */
function checkDateParts(text: string, malformed: () => string): TParseResult<TDateParts> {
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  const day = readDigits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return fail(malformed());
  if (year === 0) return fail(`${quoteForReason(text)} has year 0000, which does not exist`);
  if (month < 1 || month > 12) return fail(`${quoteForReason(text)} has month ${month}; months run from 01 to 12`);
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 && isLeapYear ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > daysInMonth) {
    return fail(`${quoteForReason(text)} is not a real date: ${text.slice(0, 7)} has ${daysInMonth} days`);
  }
  return { ok: true, value: { year, month, day } };
}

function createUtcDate(parts: TDateParts, hour: number, minute: number, second: number, milliseconds: number): Date {
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, second, milliseconds));
  // Date.UTC maps years 0–99 to 1900–1999.
  if (parts.year < 100) date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return date;
}

/** The decimal value of `count` ASCII digits at `start`, or -1 if any of them is not a digit or is missing. */
function readDigits(text: string, start: number, count: number): number {
  if (start + count > text.length) return -1;
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Quotes the offending text for a message, cut short: fields can be megabytes long. */
function quoteForReason(text: string): string {
  if (text === '') return 'an empty string';
  return text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}…` : JSON.stringify(text);
}
