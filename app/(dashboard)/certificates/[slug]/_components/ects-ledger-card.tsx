import { EctsFlagBadge } from '@/components/certificates/ects-flag-label';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { TCertificateDetail } from '@/lib/certificates/queries';
import { formatEnum, formatHours, formatNumber } from '@/lib/utils/format';

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

export function EctsLedgerCard({ certificate }: { certificate: TCertificateDetail }) {
  const { ledger, rules } = certificate;
  const { weekly } = ledger;
  return (
    <Card aria-labelledby="ects-ledger-title">
      <CardHeader
        title={<span id="ects-ledger-title">ECTS ledger</span>}
        description={
          <>
            {formatNumber(rules.hoursPerCredit)} h per credit, accepted band {formatNumber(rules.hoursPerCreditMin)}–{formatNumber(rules.hoursPerCreditMax)} h,
            rounding rule “{formatEnum(rules.roundingRule).toLowerCase()}”
            {certificate.rulesFrom ? `, as declared in ${certificate.rulesFrom.label}` : ' (defaults: no procedure covers this certificate)'}.
          </>
        }
      />
      <CardBody className="flex flex-col gap-4">
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Figure
            label="Sum of course hours"
            value={formatHours(ledger.totalHours)}
            note={`stated total: ${formatHours(certificate.statedTotalHours)}`}
            testId="ledger-total-hours"
          />
          <Figure
            label={`Exact credits (hours / ${formatNumber(rules.hoursPerCredit)})`}
            value={formatNumber(ledger.exactCredits, 2)}
            note={`stated exact: ${formatNumber(certificate.statedExactCredits, 2)}`}
            testId="ledger-exact-credits"
          />
          <Figure
            label="Stated credits"
            value={formatNumber(ledger.statedCredits, 1)}
            note={`rule gives ${formatNumber(ledger.expectedCreditsByRule)}; EQF level ${certificate.eqfLevel ?? 'not stated'}`}
            testId="ledger-stated-credits"
          />
          <Figure
            label="Implied hours per credit"
            value={formatNumber(ledger.impliedHoursPerCredit, 1)}
            note="hours / stated credits"
            testId="ledger-implied-hours"
          />
        </dl>
        <div>
          <h3 className="text-sm font-semibold">Weekly feasibility at {formatNumber(rules.weeklyWorkloadGuideline)} h/week</h3>
          <p className="mt-1 text-sm text-slate-700" data-testid="weekly-feasibility">
            At the guideline a learner needs {formatNumber(weekly.weeksAtGuideline, 1)} weeks ({formatNumber(weekly.monthsAtGuideline, 1)} months).
            {weekly.hoursPerWeekAtShortest !== null && weekly.hoursPerWeekAtLongest !== null
              ? ` Finishing within the intended ${formatNumber(certificate.intendedDurationMonthsMin)}–${formatNumber(certificate.intendedDurationMonthsMax)} months takes ${formatNumber(weekly.hoursPerWeekAtLongest, 1)}–${formatNumber(weekly.hoursPerWeekAtShortest, 1)} h/week.`
              : ' No intended duration is stated.'}
          </p>
        </div>
        <div>
          <h3 className="text-sm font-semibold">Flags</h3>
          {ledger.flags.length === 0 ? (
            <p className="mt-1">
              <Badge tone="good">No flags: the stated figures agree with the rules</Badge>
            </p>
          ) : (
            <ul className="mt-1 flex flex-col items-start gap-1" data-testid="ects-flags">
              {ledger.flags.map((flag) => (
                <li key={flag.code}>
                  <EctsFlagBadge flag={flag} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
