import { Badge } from '@/components/ui/badge';
import type { TEctsFlag } from '@/lib/certificates/ects-ledger';
import { formatEnum, formatHours, formatNumber } from '@/lib/utils/format';

/** Says in words what an ECTS ledger flag means; the badge colour only repeats it. */
export function describeEctsFlag(flag: TEctsFlag): string {
  switch (flag.code) {
    case 'BELOW_BAND':
      return `${formatNumber(flag.impliedHoursPerCredit, 1)} h per credit is below the ${formatNumber(flag.min)} h minimum`;
    case 'ABOVE_BAND':
      return `${formatNumber(flag.impliedHoursPerCredit, 1)} h per credit is above the ${formatNumber(flag.max)} h maximum`;
    case 'OFF_ROUNDING_RULE':
      return `Stated ${formatNumber(flag.statedCredits, 1)} credits, the rounding rule (${formatEnum(flag.rule).toLowerCase()}) gives ${formatNumber(flag.expectedCredits)}`;
    case 'TOTAL_NOT_SUM_OF_COURSES':
      return `Stated total ${formatHours(flag.statedTotalHours)} is not the sum of the courses (${formatHours(flag.sumOfCourses)})`;
    case 'STATED_EXACT_CREDITS_DIFFER':
      return `Stated exact credits ${formatNumber(flag.statedExactCredits, 2)} differ from hours / 25 = ${formatNumber(flag.exactCredits, 2)}`;
    case 'NO_STATED_CREDITS':
      return 'No credits stated';
    case 'WEEKLY_WORKLOAD_ABOVE_GUIDELINE':
      return `${formatNumber(flag.hoursPerWeek, 2)} h/week even over ${formatNumber(flag.months)} months, above the ${formatNumber(flag.guideline)} h/week guideline`;
  }
}

export function EctsFlagBadge({ flag }: { flag: TEctsFlag }) {
  const tone = flag.code === 'WEEKLY_WORKLOAD_ABOVE_GUIDELINE' || flag.code === 'NO_STATED_CREDITS' ? 'warning' : 'bad';
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">⚑&nbsp;</span>
      {describeEctsFlag(flag)}
    </Badge>
  );
}
