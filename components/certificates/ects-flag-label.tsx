import { createTranslator } from 'use-intl/core';
import { Badge } from '@/components/ui/badge';
import type { TEctsFlag } from '@/lib/certificates/ects-ledger';
import { makeFormat } from '@/lib/i18n/format';
import type { TLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

/**
 * Says in words what an ECTS ledger flag means; the badge colour only repeats it. English unless
 * told otherwise: the evidence PDF uses it as it is, the interface passes the reader's language.
 */
export function describeEctsFlag(flag: TEctsFlag, locale: TLocale = 'en'): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'certificates.ectsFlag' });
  const format = makeFormat(locale);
  switch (flag.code) {
    case 'BELOW_BAND':
      return t('belowBand', { implied: format.number(flag.impliedHoursPerCredit, 1), min: format.number(flag.min) });
    case 'ABOVE_BAND':
      return t('aboveBand', { implied: format.number(flag.impliedHoursPerCredit, 1), max: format.number(flag.max) });
    case 'OFF_ROUNDING_RULE':
      return t('offRoundingRule', {
        stated: format.number(flag.statedCredits, 1),
        rule: format.enumValue(flag.rule).toLowerCase(),
        expected: format.number(flag.expectedCredits),
      });
    case 'TOTAL_NOT_SUM_OF_COURSES':
      return t('totalNotSumOfCourses', { stated: format.hours(flag.statedTotalHours), sum: format.hours(flag.sumOfCourses) });
    case 'STATED_EXACT_CREDITS_DIFFER':
      return t('statedExactCreditsDiffer', { stated: format.number(flag.statedExactCredits, 2), exact: format.number(flag.exactCredits, 2) });
    case 'NO_STATED_CREDITS':
      return t('noStatedCredits');
    case 'WEEKLY_WORKLOAD_ABOVE_GUIDELINE':
      return t('weeklyWorkloadAboveGuideline', {
        hoursPerWeek: format.number(flag.hoursPerWeek, 2),
        months: format.number(flag.months),
        guideline: format.number(flag.guideline),
      });
  }
}

export function EctsFlagBadge({ flag, locale }: { flag: TEctsFlag; locale: TLocale }) {
  const tone = flag.code === 'WEEKLY_WORKLOAD_ABOVE_GUIDELINE' || flag.code === 'NO_STATED_CREDITS' ? 'warning' : 'bad';
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">⚑&nbsp;</span>
      {describeEctsFlag(flag, locale)}
    </Badge>
  );
}
