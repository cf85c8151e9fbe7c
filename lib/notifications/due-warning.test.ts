import { describe, expect, test } from 'vitest';
import { computeDaysLeft, computeDueWarning, computeDueWarningForDaysLeft, describeDaysLeft } from './due-warning';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const DUE = day('2026-06-30');
/** `now` a given number of calendar days before the due date, at a given UTC time of day. */
const daysBefore = (days: number, time = '12:00:00.000') => new Date(`${new Date(DUE.getTime() - days * 86_400_000).toISOString().slice(0, 10)}T${time}Z`);

describe('computeDaysLeft', () => {
  test('counts UTC calendar days, whatever the time of day', () => {
    expect(computeDaysLeft(DUE, daysBefore(10, '00:00:00.000'))).toBe(10);
    expect(computeDaysLeft(DUE, daysBefore(10, '23:59:59.999'))).toBe(10);
    expect(computeDaysLeft(DUE, new Date('2026-06-30T23:59:59.999Z'))).toBe(0);
    expect(computeDaysLeft(DUE, new Date('2026-07-01T00:00:00.000Z'))).toBe(-1);
  });

  test('a due date stored with a time of day still counts as its calendar day', () => {
    expect(computeDaysLeft(new Date('2026-06-30T18:30:00.000Z'), new Date('2026-06-29T06:00:00.000Z'))).toBe(1);
  });

  test('crosses month and year ends', () => {
    expect(computeDaysLeft(day('2027-01-01'), day('2026-12-31'))).toBe(1);
    expect(computeDaysLeft(day('2026-03-01'), day('2026-02-28'))).toBe(1);
  });
});

describe('computeDueWarningForDaysLeft at every boundary', () => {
  test.each([
    [45, null],
    [31, null],
    [30, 'DUE_IN_30_DAYS'],
    [15, 'DUE_IN_30_DAYS'],
    [14, 'DUE_IN_14_DAYS'],
    [8, 'DUE_IN_14_DAYS'],
    [7, 'DUE_IN_7_DAYS'],
    [2, 'DUE_IN_7_DAYS'],
    [1, 'DUE_IN_1_DAY'],
    [0, 'DUE_IN_1_DAY'],
    [-1, 'OVERDUE'],
    [-400, 'OVERDUE'],
  ] as const)('%i days left → %s', (daysLeft, kind) => {
    expect(computeDueWarningForDaysLeft(daysLeft)).toBe(kind);
  });

  test('walking day by day towards and past the due date, each kind starts exactly once and bands never reappear', () => {
    const sequence: (string | null)[] = [];
    for (let daysLeft = 40; daysLeft >= -5; daysLeft -= 1) sequence.push(computeDueWarning(DUE, daysBefore(daysLeft)));
    const starts = sequence.filter((kind, index) => kind !== null && kind !== sequence[index - 1]);
    expect(starts).toEqual(['DUE_IN_30_DAYS', 'DUE_IN_14_DAYS', 'DUE_IN_7_DAYS', 'DUE_IN_1_DAY', 'OVERDUE']);
    expect(sequence.filter((kind) => kind === 'DUE_IN_30_DAYS')).toHaveLength(16);
    expect(sequence.filter((kind) => kind === 'DUE_IN_14_DAYS')).toHaveLength(7);
    expect(sequence.filter((kind) => kind === 'DUE_IN_7_DAYS')).toHaveLength(6);
    expect(sequence.filter((kind) => kind === 'DUE_IN_1_DAY')).toHaveLength(2);
  });
});

describe('computeDueWarning', () => {
  test('the due day itself is not yet overdue; the next day is', () => {
    expect(computeDueWarning(DUE, new Date('2026-06-30T23:59:59.999Z'))).toBe('DUE_IN_1_DAY');
    expect(computeDueWarning(DUE, new Date('2026-07-01T00:00:00.000Z'))).toBe('OVERDUE');
  });

  test('31 days ahead warns of nothing; 30 days ahead is the first warning', () => {
    expect(computeDueWarning(DUE, daysBefore(31, '23:59:59.999'))).toBeNull();
    expect(computeDueWarning(DUE, daysBefore(30, '00:00:00.000'))).toBe('DUE_IN_30_DAYS');
  });
});

describe('describeDaysLeft', () => {
  test('says it in words', () => {
    expect(describeDaysLeft(10)).toBe('in 10 days');
    expect(describeDaysLeft(1)).toBe('tomorrow');
    expect(describeDaysLeft(0)).toBe('today');
    expect(describeDaysLeft(-1)).toBe('1 day overdue');
    expect(describeDaysLeft(-3)).toBe('3 days overdue');
  });
});
