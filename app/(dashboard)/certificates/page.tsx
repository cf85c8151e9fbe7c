import type { Metadata } from 'next';
import Link from 'next/link';
import { Sparkline } from '@/components/charts/sparkline';
import { SparklineDataTable } from '@/components/charts/sparkline-data-table';
import { TrafficLight } from '@/components/charts/traffic-light';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requireActor } from '@/lib/auth/session';
import { listCertificates } from '@/lib/certificates/queries';
import { listCertificateOverviews, type TKeyFigure } from '@/lib/metrics/overview';
import { getTargets } from '@/lib/metrics/targets';
import { listOpenConditionDeadlines } from '@/lib/procedures/queries';
import { formatDate, formatEnum, formatHours, formatNumber } from '@/lib/utils/format';
import { formatPercent } from '@/lib/utils/format-rate';

function KeyFigure({ figure, format }: { figure: TKeyFigure; format: (value: number) => string }) {
  return (
    <div className="flex flex-col items-start gap-0.5">
      <span className="tabular-nums">{figure.value === null ? 'withheld' : format(figure.value)}</span>
      <span className="text-xs text-slate-500">n = {formatNumber(figure.n)}</span>
      <TrafficLight light={figure.light} />
    </div>
  );
}

export const metadata: Metadata = { title: 'Certificates' };

export default async function CertificatesPage() {
  const actor = await requireActor();
  const [certificates, overviews, deadlines] = await Promise.all([listCertificates(actor), listCertificateOverviews(actor), listOpenConditionDeadlines(actor)]);
  const targets = getTargets();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Certificates</h1>
      <Card>
        <CardHeader
          title="Key figures"
          description={`Pooled over each certificate's courses. Targets: completion ≥ ${formatPercent(targets.completionRate.green, 0)} (watch from ${formatPercent(targets.completionRate.amber, 0)}), paid completion ≥ ${formatPercent(targets.paidCompletionRate.green, 0)} (watch from ${formatPercent(targets.paidCompletionRate.amber, 0)}), star rating ≥ ${targets.starMean.green} (watch from ${targets.starMean.amber}).`}
        />
        <Table data-testid="key-figures">
          <thead>
            <tr>
              <Th>Certificate</Th>
              <Th className="text-right">Enrolled</Th>
              <Th>Course completion</Th>
              <Th>Paid completion</Th>
              <Th>Star rating</Th>
              <Th>Star trend (12 months)</Th>
            </tr>
          </thead>
          <tbody>
            {overviews.map((overview) => (
              <tr key={overview.slug}>
                <Td>
                  <Link href={`/certificates/${overview.slug}/dashboard`} className="font-medium text-blue-700 hover:underline">
                    {overview.name}
                  </Link>
                </Td>
                <Td className="text-right tabular-nums">{overview.enrolled === null ? 'withheld' : formatNumber(overview.enrolled)}</Td>
                <Td>
                  <KeyFigure figure={overview.completion} format={(value) => formatPercent(value)} />
                </Td>
                <Td>
                  <KeyFigure figure={overview.paidCompletion} format={(value) => formatPercent(value)} />
                </Td>
                <Td>
                  <KeyFigure figure={overview.star} format={(value) => formatNumber(value, 2)} />
                </Td>
                <Td>
                  <Sparkline data={overview.starTrend} label={`Monthly star rating of ${overview.name}`} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <SparklineDataTable
          caption="Star trend: monthly mean star rating per certificate, last 12 months"
          testId="star-trend-table"
          series={overviews.map((overview) => ({ name: overview.name, points: overview.starTrend }))}
        />
      </Card>
      <Card>
        <CardHeader title="Upcoming condition deadlines" description="Conditions of procedures in your scope that no committee has decided yet." />
        {deadlines.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600" data-testid="deadlines">
            No open conditions.
          </p>
        ) : (
          <ul className="px-4 py-3 text-sm" data-testid="deadlines">
            {deadlines.map((deadline) => (
              <li key={deadline.id}>
                <Link href={`/procedures/${deadline.procedureId}`} className="text-blue-700 underline">
                  {deadline.label}
                </Link>{' '}
                — {formatEnum(deadline.status)}, due {formatDate(deadline.dueOn)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <CardHeader
          title={`${certificates.length} certificate${certificates.length === 1 ? '' : 's'} in your scope`}
          description="Estimated hours as stated per course, and the ECTS ledger at 25 h per credit."
        />
        {certificates.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">No certificates are visible to your account.</p>
        ) : (
          <Table data-testid="certificate-definitions">
            <thead>
              <tr>
                <Th>Certificate</Th>
                <Th>Content partner</Th>
                <Th className="text-right">Courses</Th>
                <Th className="text-right">Hours</Th>
                <Th className="text-right">Exact credits</Th>
                <Th className="text-right">Stated credits</Th>
                <Th className="text-right">h per credit</Th>
                <Th>Flags</Th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((certificate) => (
                <tr key={certificate.id}>
                  <Td>
                    <Link href={`/certificates/${certificate.slug}`} className="font-medium text-blue-700 hover:underline">
                      {certificate.name}
                    </Link>
                  </Td>
                  <Td>{certificate.contentPartnerName}</Td>
                  <Td className="text-right tabular-nums">{certificate.courseCount}</Td>
                  <Td className="text-right tabular-nums">{formatHours(certificate.ledger.totalHours)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(certificate.ledger.exactCredits, 2)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(certificate.ledger.statedCredits, 1)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(certificate.ledger.impliedHoursPerCredit, 1)}</Td>
                  <Td>
                    {certificate.ledger.flags.length === 0 ? (
                      <Badge tone="good">No flags</Badge>
                    ) : (
                      <Badge tone="bad">
                        {certificate.ledger.flags.length} flag{certificate.ledger.flags.length === 1 ? '' : 's'}
                      </Badge>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
