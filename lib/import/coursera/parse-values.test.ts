import { describe, expect, test } from 'vitest';
import { INT4_RANGE, parseBoolean, parseDate, parseDouble, parseInteger, parseTimestamp, type TParseResult } from './parse-values';

function expectValue<T>(result: TParseResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got the reason: ${result.reason}`);
  return result.value;
}

function expectReason(result: TParseResult<unknown>): string {
  if (result.ok) throw new Error(`expected a reason, got the value ${String(result.value)}`);
  return result.reason;
}

describe('parseTimestamp', () => {
  test.each([
    ['2016-04-27 17:46:38.787', '2016-04-27T17:46:38.787Z'],
    ['2017-06-07 18:42:42', '2017-06-07T18:42:42.000Z'],
    ['2017-06-07 18:42:42.5', '2017-06-07T18:42:42.500Z'],
    ['2017-06-07 18:42:42.05', '2017-06-07T18:42:42.050Z'],
    ['2017-06-07 18:42:42.123456', '2017-06-07T18:42:42.123Z'],
    ['2017-06-07 18:42:42.999999', '2017-06-07T18:42:42.999Z'],
    ['2024-02-29 00:00:00', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29 23:59:59', '2000-02-29T23:59:59.000Z'],
    ['1999-12-31 23:59:59.999', '1999-12-31T23:59:59.999Z'],
  ])('%s is read as UTC', (text, iso) => {
    expect(expectValue(parseTimestamp(text)).toISOString()).toBe(iso);
  });

  test('years below 100 are not shifted into the 1900s', () => {
    expect(expectValue(parseTimestamp('0050-03-01 00:00:00')).getUTCFullYear()).toBe(50);
  });

  test.each([
    ['2023-02-30 10:00:00', '"2023-02-30 10:00:00" is not a real date: 2023-02 has 28 days'],
    ['1900-02-29 10:00:00', '"1900-02-29 10:00:00" is not a real date: 1900-02 has 28 days'],
    ['2023-04-31 10:00:00', '"2023-04-31 10:00:00" is not a real date: 2023-04 has 30 days'],
    ['2023-13-01 10:00:00', '"2023-13-01 10:00:00" has month 13; months run from 01 to 12'],
    ['2023-00-01 10:00:00', '"2023-00-01 10:00:00" has month 0; months run from 01 to 12'],
    ['2023-01-00 10:00:00', '"2023-01-00 10:00:00" is not a real date: 2023-01 has 31 days'],
    ['0000-01-01 10:00:00', '"0000-01-01 10:00:00" has year 0000, which does not exist'],
    ['2023-01-01 25:00:00', '"2023-01-01 25:00:00" has hour 25; hours run from 00 to 23'],
    ['2023-01-01 24:00:00', '"2023-01-01 24:00:00" has hour 24; hours run from 00 to 23'],
    ['2023-01-01 10:60:00', '"2023-01-01 10:60:00" has minute 60; minutes run from 00 to 59'],
    ['2023-01-01 10:00:60', '"2023-01-01 10:00:60" has second 60; seconds run from 00 to 59'],
  ])('rejects the impossible %s', (text, reason) => {
    expect(expectReason(parseTimestamp(text))).toBe(reason);
  });

  test.each([
    '',
    '2023-01-01',
    '2023-01-01T10:00:00',
    '2023-01-01 10:00:00Z',
    '2023-01-01 10:00:00+00',
    '2023-01-01 10:00:00.',
    '2023-01-01 10:00:00.1234567',
    '2023-1-01 10:00:00',
    '2023-01-01 1:00:00',
    ' 2023-01-01 10:00:00',
    '2023-01-01 10:00:00 ',
    '2023-01-01 10:0a:00',
    '2023-01-01 10:00:00.12x',
    '+023-01-01 10:00:00',
    '4/28/2016 5:27:55',
  ])('rejects the malformed %j', (text) => {
    expect(expectReason(parseTimestamp(text))).toMatch(/^expected a timestamp like 2016-04-27 17:46:38 or 2016-04-27 17:46:38\.787, found /);
  });

  test('long values are cut short in the reason', () => {
    expect(expectReason(parseTimestamp('x'.repeat(1000)))).toBe(
      `expected a timestamp like 2016-04-27 17:46:38 or 2016-04-27 17:46:38.787, found "${'x'.repeat(40)}"…`,
    );
    expect(expectReason(parseTimestamp(''))).toMatch(/found an empty string$/);
  });
});

describe('parseDate', () => {
  test('reads YYYY-MM-DD as midnight UTC', () => {
    expect(expectValue(parseDate('2022-11-25')).toISOString()).toBe('2022-11-25T00:00:00.000Z');
    expect(expectValue(parseDate('2024-02-29')).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  test.each([
    ['2023-02-29', '"2023-02-29" is not a real date: 2023-02 has 28 days'],
    ['2023-06-31', '"2023-06-31" is not a real date: 2023-06 has 30 days'],
    ['2023-13-01', '"2023-13-01" has month 13; months run from 01 to 12'],
    ['2023-01-01 00:00:00', 'expected a date like 2016-04-27, found "2023-01-01 00:00:00"'],
    ['20230101', 'expected a date like 2016-04-27, found "20230101"'],
    ['2023-0a-01', 'expected a date like 2016-04-27, found "2023-0a-01"'],
    ['', 'expected a date like 2016-04-27, found an empty string'],
  ])('rejects %j', (text, reason) => {
    expect(expectReason(parseDate(text))).toBe(reason);
  });
});

describe('parseBoolean', () => {
  test.each([
    ['t', true],
    ['f', false],
    ['true', true],
    ['false', false],
  ])('%s is %s', (text, value) => {
    expect(expectValue(parseBoolean(text))).toBe(value);
  });

  test.each(['', 'T', 'TRUE', 'yes', '1', '0', ' t', 'tru'])('rejects %j', (text) => {
    expect(expectReason(parseBoolean(text))).toMatch(/^expected t or f, found /);
  });
});

describe('parseInteger', () => {
  test.each([
    ['0', 0],
    ['42', 42],
    ['-7', -7],
    ['007', 7],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('%s is %d', (text, value) => {
    expect(expectValue(parseInteger(text))).toBe(value);
  });

  test('-0 is plain 0', () => {
    expect(Object.is(expectValue(parseInteger('-0')), 0)).toBe(true);
  });

  test.each(['', '1.5', '1,5', '1e3', '+1', ' 1', '1 ', '12abc', '-', 'NaN', '0x10', '١٢'])('rejects %j', (text) => {
    expect(expectReason(parseInteger(text))).toMatch(/^expected an integer, found /);
  });

  test('rejects integers a JavaScript number cannot hold exactly', () => {
    expect(expectReason(parseInteger('9007199254740993'))).toBe('"9007199254740993" is too large to be held exactly');
  });

  test('applies an optional range such as INT4', () => {
    expect(expectValue(parseInteger('2147483647', INT4_RANGE))).toBe(2147483647);
    expect(expectReason(parseInteger('2147483648', INT4_RANGE))).toBe('"2147483648" is outside the range -2147483648 to 2147483647');
  });
});

describe('parseDouble', () => {
  test.each([
    ['0', 0],
    ['12.5', 12.5],
    ['-3', -3],
    ['1e-05', 0.00001],
    ['2.5E+3', 2500],
    ['.5', 0.5],
    ['1.', 1],
    ['33.333333333333336', 33.333333333333336],
  ])('%s is %d', (text, value) => {
    expect(expectValue(parseDouble(text))).toBe(value);
  });

  test.each(['', 'NaN', 'Infinity', '-Infinity', '1,5', '1.5abc', '1.5 ', ' 1.5', '+1', '.', 'e5', '1e', '0x1A', '1_000'])('rejects %j', (text) => {
    expect(expectReason(parseDouble(text))).toMatch(/^expected a number like 12\.5, found /);
  });

  test('rejects numbers beyond double precision', () => {
    expect(expectReason(parseDouble('1e400'))).toBe('"1e400" is outside the range of a double-precision number');
  });
});
