import { EctsFlagBadge } from '@/components/certificates/ects-flag-label';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { TCertificateDetail } from '@/lib/certificates/queries';
import { getFormat, getT } from '@/lib/i18n/server';

function Figure({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {note ? <dd className="text-xs text-slate-500">{note}</dd> : null}
    </div>
  );
}

export async function EctsLedgerCard({ certificate }: { certificate: TCertificateDetail }) {
  const [t, format] = await Promise.all([getT('certificates'), getFormat()]);
  const { ledger, rules } = certificate;
  const { weekly } = ledger;
  const band = {
    hoursPerCredit: format.number(rules.hoursPerCredit),
    min: format.number(rules.hoursPerCreditMin),
    max: format.number(rules.hoursPerCreditMax),
    rule: format.enumValue(rules.roundingRule).toLowerCase(),
  };
  return (
    <Card aria-labelledby="ects-ledger-title">
      <CardHeader
        title={<span id="ects-ledger-title">{t('ectsLedger.title')}</span>}
        description={
          certificate.rulesFrom
            ? t('ectsLedger.descriptionDeclared', { ...band, procedure: certificate.rulesFrom.label })
            : t('ectsLedger.descriptionDefaults', band)
        }
      />
      <CardBody className="flex flex-col gap-4">
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Figure
            label={t('ectsLedger.sumOfCourseHours')}
            value={format.hours(ledger.totalHours)}
            note={t('ectsLedger.statedTotal', { hours: format.hours(certificate.statedTotalHours) })}
            testId="ledger-total-hours"
          />
          <Figure
            label={t('ectsLedger.exactCredits', { hoursPerCredit: format.number(rules.hoursPerCredit) })}
            value={format.number(ledger.exactCredits, 2)}
            note={t('ectsLedger.statedExact', { credits: format.number(certificate.statedExactCredits, 2) })}
            testId="ledger-exact-credits"
          />
          <Figure
            label={t('ectsLedger.statedCredits')}
            value={format.number(ledger.statedCredits, 1)}
            note={t('ectsLedger.ruleGives', {
              credits: format.number(ledger.expectedCreditsByRule),
              level: certificate.eqfLevel ?? t('ectsLedger.notStated'),
            })}
            testId="ledger-stated-credits"
          />
          <Figure
            label={t('ectsLedger.impliedHours')}
            value={format.number(ledger.impliedHoursPerCredit, 1)}
            note={t('ectsLedger.impliedNote')}
            testId="ledger-implied-hours"
          />
        </dl>
        <div>
          <h3 className="text-sm font-semibold">{t('ectsLedger.weeklyTitle', { hours: format.number(rules.weeklyWorkloadGuideline) })}</h3>
          <p className="mt-1 text-sm text-slate-700" data-testid="weekly-feasibility">
            {t('ectsLedger.weeklyGuideline', { weeks: format.number(weekly.weeksAtGuideline, 1), months: format.number(weekly.monthsAtGuideline, 1) })}
            {weekly.hoursPerWeekAtShortest !== null && weekly.hoursPerWeekAtLongest !== null
              ? ` ${t('ectsLedger.weeklyIntended', {
                  min: format.number(certificate.intendedDurationMonthsMin),
                  max: format.number(certificate.intendedDurationMonthsMax),
                  low: format.number(weekly.hoursPerWeekAtLongest, 1),
                  high: format.number(weekly.hoursPerWeekAtShortest, 1),
                })}`
              : ` ${t('ectsLedger.noIntended')}`}
          </p>
        </div>
        <div>
          <h3 className="text-sm font-semibold">{t('ectsLedger.flags')}</h3>
          {ledger.flags.length === 0 ? (
            <p className="mt-1">
              <Badge tone="good">{t('ectsLedger.noFlags')}</Badge>
            </p>
          ) : (
            <ul className="mt-1 flex flex-col items-start gap-1" data-testid="ects-flags">
              {ledger.flags.map((flag) => (
                <li key={flag.code}>
                  <EctsFlagBadge flag={flag} locale={format.locale} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
