import { describe, expect, test } from 'vitest';
import type { TRate } from '@/lib/metrics/queries';
import { makeFormat } from './format';

const en = makeFormat('en');
const de = makeFormat('de');

describe('makeFormat', () => {
  test('numbers', () => {
    expect(en.number(1234.5, 1)).toBe('1,234.5');
    expect(de.number(1234.5, 1)).toBe('1.234,5');
    expect(en.number(7)).toBe('7');
    expect(de.number(null)).toBe('—');
  });

  test('dates, day-month-year in both languages', () => {
    const day = new Date('2026-11-23T00:00:00.000Z');
    expect(en.date(day)).toBe('23 Nov 2026');
    expect(de.date(day)).toBe('23. Nov. 2026');
    expect(de.date(null)).toBe('—');
  });

  test('percent', () => {
    expect(en.percent(0.066)).toBe('6.6 %');
    expect(de.percent(0.066)).toBe('6,6 %');
    expect(de.percent(null)).toBe('—');
  });

  test('a rate with its interval', () => {
    const rate: TRate = { value: 0.066, numerator: 66, n: 1000, interval: { low: 0.059, high: 0.074 }, suppressed: null };
    expect(en.rate(rate)).toBe('6.6 % (95 % CI 5.9–7.4 %)');
    expect(de.rate(rate)).toBe('6,6 % (95-%-KI 5,9–7,4 %)');
  });

  test('a withheld rate says why, in the language', () => {
    const rate: TRate = { value: null, numerator: null, n: 3, interval: null, suppressed: 'fewer than 5 learners (n = 3)' };
    expect(en.rate(rate)).toBe('withheld (fewer than 5 learners (n = 3))');
    expect(de.rate(rate)).toBe('unterdrückt (weniger als 5 Lernende (n = 3))');
    expect(de.rate({ ...rate, n: 0, suppressed: 'no data' })).toBe('unterdrückt (keine Daten)');
  });

  test('enum values, with a readable fallback for a value the labels lack', () => {
    expect(en.enumValue('IN_PROGRESS')).toBe('In progress');
    expect(de.enumValue('IN_PROGRESS')).toBe('In Bearbeitung');
    expect(en.enumValue('SOME_NEW_STATUS')).toBe('Some new status');
    expect(de.enumValue('SOME_NEW_STATUS')).toBe('Some new status');
  });

  test('bytes', () => {
    expect(en.bytes(1536)).toBe('1,536 bytes');
    expect(de.bytes(1536)).toBe('1.536 Byte');
    expect(en.bytes(1.5 * 1024 * 1024)).toBe('1.5 MiB');
    expect(de.bytes(1.5 * 1024 * 1024)).toBe('1,5 MiB');
  });

  test('server messages', () => {
    expect(en.serverMessage('Certificate not found')).toBe('Certificate not found');
    expect(de.serverMessage('Certificate not found')).toBe('Zertifikat nicht gefunden');
  });
});
