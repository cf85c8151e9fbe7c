import { expect, test } from 'vitest';
import { encodeCsvField, encodeCsvRecord } from './encode-csv-field';
import { parseCsvText } from './parse-csv';
import { parseTimestamp } from './parse-values';

test('NULL is an empty unquoted field and the empty string is ""', () => {
  expect(encodeCsvField(null)).toBe('');
  expect(encodeCsvField('')).toBe('""');
});

test('strings are quoted with backslash escapes for quotes and backslashes only', () => {
  expect(encodeCsvField('plain')).toBe('"plain"');
  expect(encodeCsvField('say "hi"')).toBe('"say \\"hi\\""');
  expect(encodeCsvField('C:\\temp\\')).toBe('"C:\\\\temp\\\\"');
  expect(encodeCsvField('a,b\nc\r\nd')).toBe('"a,b\nc\r\nd"');
});

test('booleans are t/f and numbers are unquoted', () => {
  expect(encodeCsvField(true)).toBe('t');
  expect(encodeCsvField(false)).toBe('f');
  expect(encodeCsvField(42)).toBe('42');
  expect(encodeCsvField(-1.25)).toBe('-1.25');
  expect(encodeCsvField(-0)).toBe('0');
});

test('non-finite numbers are refused rather than written as text the importer rejects', () => {
  expect(() => encodeCsvField(Number.NaN)).toThrow('cannot encode the non-finite number NaN');
  expect(() => encodeCsvField(Number.POSITIVE_INFINITY)).toThrow(RangeError);
});

test('dates are YYYY-MM-DD HH:MM:SS.mmm in UTC, and read back by parseTimestamp', () => {
  const date = new Date('2016-04-27T17:46:38.007Z');
  expect(encodeCsvField(date)).toBe('2016-04-27 17:46:38.007');
  expect(encodeCsvField(new Date('0999-01-02T03:04:05Z'))).toBe('0999-01-02 03:04:05.000');
  const parsed = parseTimestamp(encodeCsvField(date));
  expect(parsed.ok && parsed.value.getTime()).toBe(date.getTime());
});

test('invalid dates and years beyond four digits are refused', () => {
  expect(() => encodeCsvField(new Date(Number.NaN))).toThrow('cannot encode an invalid Date');
  expect(() => encodeCsvField(new Date('+010000-01-01T00:00:00Z'))).toThrow(RangeError);
});

test('a record is its fields joined by commas with an LF, and parses back', () => {
  const line = encodeCsvRecord(['a "b" \\', null, '', 3, true, new Date('2020-01-01T00:00:00Z')]);
  expect(line).toBe('"a \\"b\\" \\\\",,"",3,t,2020-01-01 00:00:00.000\n');
  expect(parseCsvText(line, { file: 'x.csv' })).toEqual([{ line: 1, fields: ['a "b" \\', null, '', '3', 't', '2020-01-01 00:00:00.000'] }]);
});
