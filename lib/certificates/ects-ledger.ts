// The ECTS ledger of a certificate (DESIGN.md, metric contract): what the stated hours imply in
// credits, set against the credits as stated. Pure; the figures come from the certificate
// definition and the rules of the procedure that covers it.
import type { EctsRoundingRule } from '@/lib/db/generated/sqlite/enums';

export type TEctsRules = {
  /** Hours per credit used to compute exact credits (FIBAA: 25). */
  hoursPerCredit: number;
  /** The accepted band of hours per credit (ECTS Users' Guide: 25–30). */
  hoursPerCreditMin: number;
  hoursPerCreditMax: number;
  /** How the procedure says stated credits follow from exact credits. */
  roundingRule: EctsRoundingRule;
  /** Weekly workload guideline in hours (FIBAA design guideline: 10). */
  weeklyWorkloadGuideline: number;
};

export const DEFAULT_ECTS_RULES: TEctsRules = {
  hoursPerCredit: 25,
  hoursPerCreditMin: 25,
  hoursPerCreditMax: 30,
  roundingRule: 'FLOOR',
  weeklyWorkloadGuideline: 10,
};

export const WEEKS_PER_MONTH = 52 / 12;

export type TEctsLedgerInput = {
  /** Estimated hours of each course, as stated for this certificate. */
  courseHours: number[];
  statedTotalHours: number | null;
  statedCredits: number | null;
  statedExactCredits: number | null;
  intendedDurationMonthsMin: number | null;
  intendedDurationMonthsMax: number | null;
};

export type TEctsFlag =
  | { code: 'BELOW_BAND'; impliedHoursPerCredit: number; min: number }
  | { code: 'ABOVE_BAND'; impliedHoursPerCredit: number; max: number }
  | { code: 'OFF_ROUNDING_RULE'; statedCredits: number; expectedCredits: number; rule: EctsRoundingRule }
  | { code: 'TOTAL_NOT_SUM_OF_COURSES'; statedTotalHours: number; sumOfCourses: number }
  | { code: 'STATED_EXACT_CREDITS_DIFFER'; statedExactCredits: number; exactCredits: number }
  | { code: 'NO_STATED_CREDITS' }
  | { code: 'WEEKLY_WORKLOAD_ABOVE_GUIDELINE'; hoursPerWeek: number; guideline: number; months: number };

export type TWeeklyFeasibility = {
  /** Weeks needed at the guideline's hours per week. */
  weeksAtGuideline: number;
  monthsAtGuideline: number;
  /** Hours per week needed to finish within the shortest and the longest intended duration. */
  hoursPerWeekAtShortest: number | null;
  hoursPerWeekAtLongest: number | null;
  /** True when even the longest intended duration needs more than the guideline per week. */
  isAboveGuideline: boolean | null;
};

export type TEctsLedger = {
  totalHours: number;
  exactCredits: number;
  statedCredits: number | null;
  impliedHoursPerCredit: number | null;
  expectedCreditsByRule: number;
  weekly: TWeeklyFeasibility;
  flags: TEctsFlag[];
};

// Hours are stated in whole or half hours; compare with a tolerance so 141.0000001 ≠ a flag.
const EPSILON = 1e-9;

export function roundCredits(exactCredits: number, rule: EctsRoundingRule): number {
  switch (rule) {
    case 'FLOOR':
      return Math.floor(exactCredits + EPSILON);
    case 'CEIL':
      return Math.ceil(exactCredits - EPSILON);
    case 'ROUND_HALF_UP':
      return Math.floor(exactCredits + 0.5 + EPSILON);
  }
}

export function computeEctsLedger(input: TEctsLedgerInput, rules: TEctsRules = DEFAULT_ECTS_RULES): TEctsLedger {
  const totalHours = input.courseHours.reduce((sum, hours) => sum + hours, 0);
  const exactCredits = totalHours / rules.hoursPerCredit;
  const expectedCreditsByRule = roundCredits(exactCredits, rules.roundingRule);
  const flags: TEctsFlag[] = [];

  const impliedHoursPerCredit = input.statedCredits ? totalHours / input.statedCredits : null;
  if (input.statedCredits === null) flags.push({ code: 'NO_STATED_CREDITS' });
  if (impliedHoursPerCredit !== null) {
    if (impliedHoursPerCredit < rules.hoursPerCreditMin - EPSILON) {
      flags.push({ code: 'BELOW_BAND', impliedHoursPerCredit, min: rules.hoursPerCreditMin });
    } else if (impliedHoursPerCredit > rules.hoursPerCreditMax + EPSILON) {
      flags.push({ code: 'ABOVE_BAND', impliedHoursPerCredit, max: rules.hoursPerCreditMax });
    }
  }
  if (input.statedCredits !== null && Math.abs(input.statedCredits - expectedCreditsByRule) > EPSILON) {
    flags.push({ code: 'OFF_ROUNDING_RULE', statedCredits: input.statedCredits, expectedCredits: expectedCreditsByRule, rule: rules.roundingRule });
  }
  if (input.statedTotalHours !== null && Math.abs(input.statedTotalHours - totalHours) > EPSILON) {
    flags.push({ code: 'TOTAL_NOT_SUM_OF_COURSES', statedTotalHours: input.statedTotalHours, sumOfCourses: totalHours });
  }
  // Stated exact credits are given to two decimals; flag only a difference beyond that rounding.
  if (input.statedExactCredits !== null && Math.abs(input.statedExactCredits - exactCredits) > 0.005 + EPSILON) {
    flags.push({ code: 'STATED_EXACT_CREDITS_DIFFER', statedExactCredits: input.statedExactCredits, exactCredits });
  }

  const weekly = computeWeeklyFeasibility(totalHours, input, rules);
  if (weekly.isAboveGuideline && weekly.hoursPerWeekAtLongest !== null && input.intendedDurationMonthsMax !== null) {
    flags.push({
      code: 'WEEKLY_WORKLOAD_ABOVE_GUIDELINE',
      hoursPerWeek: weekly.hoursPerWeekAtLongest,
      guideline: rules.weeklyWorkloadGuideline,
      months: input.intendedDurationMonthsMax,
    });
  }
  return { totalHours, exactCredits, statedCredits: input.statedCredits, impliedHoursPerCredit, expectedCreditsByRule, weekly, flags };
}

function computeWeeklyFeasibility(totalHours: number, input: TEctsLedgerInput, rules: TEctsRules): TWeeklyFeasibility {
  const weeksAtGuideline = totalHours / rules.weeklyWorkloadGuideline;
  const perWeek = (months: number | null) => (months && months > 0 ? totalHours / (months * WEEKS_PER_MONTH) : null);
  const hoursPerWeekAtShortest = perWeek(input.intendedDurationMonthsMin);
  const hoursPerWeekAtLongest = perWeek(input.intendedDurationMonthsMax ?? input.intendedDurationMonthsMin);
  return {
    weeksAtGuideline,
    monthsAtGuideline: weeksAtGuideline / WEEKS_PER_MONTH,
    hoursPerWeekAtShortest,
    hoursPerWeekAtLongest,
    isAboveGuideline: hoursPerWeekAtLongest === null ? null : hoursPerWeekAtLongest > rules.weeklyWorkloadGuideline + EPSILON,
  };
}
