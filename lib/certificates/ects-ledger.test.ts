import { expect, test } from 'vitest';
import { computeEctsLedger, DEFAULT_ECTS_RULES, roundCredits, type TEctsLedgerInput } from './ects-ledger';

// Figures of FIBAA report 23/016 (IBM certificates on Coursera): hours per course and stated credits.
const fullStack: TEctsLedgerInput = {
  courseHours: [12, 12, 8, 13, 12, 20, 7, 13, 13, 12, 16, 3],
  statedTotalHours: 141,
  statedCredits: 6,
  statedExactCredits: 5.64,
  intendedDurationMonthsMin: 3,
  intendedDurationMonthsMax: 5,
};
const cybersecurity: TEctsLedgerInput = {
  courseHours: [20, 15, 16, 14, 17, 26, 16, 4],
  statedTotalHours: 128,
  statedCredits: 4,
  statedExactCredits: 5.12,
  intendedDurationMonthsMin: 3,
  intendedDurationMonthsMax: 5,
};
const dataScience: TEctsLedgerInput = {
  courseHours: [8, 20, 8, 21, 8, 39, 14, 17, 13, 17],
  statedTotalHours: 165,
  statedCredits: 6,
  statedExactCredits: 6.6,
  intendedDurationMonthsMin: 3,
  intendedDurationMonthsMax: 5,
};

test('exact credits are hours / 25 and implied hours per credit are hours / stated credits', () => {
  const ledger = computeEctsLedger(dataScience);
  expect(ledger.totalHours).toBe(165);
  expect(ledger.exactCredits).toBeCloseTo(6.6, 10);
  expect(ledger.impliedHoursPerCredit).toBeCloseTo(27.5, 10);
  expect(ledger.flags).toEqual([]);
});

test('Full Stack: 141 h for 6 credits is 23.5 h per credit, below the 25–30 h band and off the floor rule', () => {
  const ledger = computeEctsLedger(fullStack);
  expect(ledger.impliedHoursPerCredit).toBeCloseTo(23.5, 10);
  const codes = ledger.flags.map((flag) => flag.code);
  expect(codes).toContain('BELOW_BAND');
  expect(codes).toContain('OFF_ROUNDING_RULE');
  expect(ledger.expectedCreditsByRule).toBe(5);
});

test('Cybersecurity: 128 h for 4 credits is 32 h per credit, above the band; floor(5.12) = 5 ≠ 4', () => {
  const ledger = computeEctsLedger(cybersecurity);
  expect(ledger.impliedHoursPerCredit).toBe(32);
  expect(ledger.flags).toContainEqual({ code: 'ABOVE_BAND', impliedHoursPerCredit: 32, max: 30 });
  expect(ledger.flags).toContainEqual({ code: 'OFF_ROUNDING_RULE', statedCredits: 4, expectedCredits: 5, rule: 'FLOOR' });
});

test('band edges: exactly 25 and exactly 30 hours per credit are inside the band', () => {
  const base = { statedTotalHours: null, statedExactCredits: null, intendedDurationMonthsMin: null, intendedDurationMonthsMax: null };
  expect(computeEctsLedger({ ...base, courseHours: [100], statedCredits: 4 }).flags).toEqual([]);
  const thirty = computeEctsLedger({ ...base, courseHours: [120], statedCredits: 4 }, { ...DEFAULT_ECTS_RULES, roundingRule: 'CEIL' });
  expect(thirty.flags.map((flag) => flag.code)).toEqual(['OFF_ROUNDING_RULE']);
  expect(computeEctsLedger({ ...base, courseHours: [120.5], statedCredits: 4 }).flags.map((flag) => flag.code)).toContain('ABOVE_BAND');
});

test('a stated total that is not the sum of the courses is flagged', () => {
  const ledger = computeEctsLedger({ ...dataScience, statedTotalHours: 160 });
  expect(ledger.flags).toContainEqual({ code: 'TOTAL_NOT_SUM_OF_COURSES', statedTotalHours: 160, sumOfCourses: 165 });
});

test('missing stated credits are flagged and give no implied hours per credit', () => {
  const ledger = computeEctsLedger({ ...dataScience, statedCredits: null });
  expect(ledger.impliedHoursPerCredit).toBeNull();
  expect(ledger.flags.map((flag) => flag.code)).toContain('NO_STATED_CREDITS');
});

test('weekly feasibility at the 10 h/week guideline', () => {
  const ledger = computeEctsLedger(dataScience);
  expect(ledger.weekly.weeksAtGuideline).toBeCloseTo(16.5, 10);
  // 5 months = 21.67 weeks → 7.6 h/week; 3 months = 13 weeks → 12.7 h/week.
  expect(ledger.weekly.hoursPerWeekAtLongest).toBeCloseTo(165 / (5 * 52 / 12), 10);
  expect(ledger.weekly.hoursPerWeekAtShortest).toBeCloseTo(165 / 13, 10);
  expect(ledger.weekly.isAboveGuideline).toBe(false);
  const heavy = computeEctsLedger({ ...dataScience, courseHours: [300] , statedTotalHours: 300});
  expect(heavy.weekly.isAboveGuideline).toBe(true);
  expect(heavy.flags.map((flag) => flag.code)).toContain('WEEKLY_WORKLOAD_ABOVE_GUIDELINE');
});

test('rounding rules', () => {
  expect(roundCredits(5.64, 'FLOOR')).toBe(5);
  expect(roundCredits(5.64, 'ROUND_HALF_UP')).toBe(6);
  expect(roundCredits(5.5, 'ROUND_HALF_UP')).toBe(6);
  expect(roundCredits(5.49, 'ROUND_HALF_UP')).toBe(5);
  expect(roundCredits(5.01, 'CEIL')).toBe(6);
  expect(roundCredits(6, 'CEIL')).toBe(6);
});
