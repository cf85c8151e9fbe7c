import type { Metadata } from 'next';
import Link from 'next/link';
import { Sparkline } from '@/components/charts/sparkline';
import { SparklineDataTable } from '@/components/charts/sparkline-data-table';
import { TrafficLight } from '@/components/charts/traffic-light';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { canImportExports } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listCertificates } from '@/lib/certificates/queries';
import { INTL_LOCALES } from '@/lib/i18n/locales';
import { getFormat, getT } from '@/lib/i18n/server';
import { listCertificateOverviews, type TKeyFigure } from '@/lib/metrics/overview';
import { getTargets } from '@/lib/metrics/targets';
import { listOpenConditionDeadlines } from '@/lib/procedures/queries';

/** A key figure as text (or "withheld"), its n and its traffic light. */
function KeyFigure({ figure, text, n }: { figure: TKeyFigure; text: string; n: string }) {
  return (
    <div className="flex flex-col items-start gap-0.5">
      <span className="tabular-nums">{text}</span>
      <span className="text-xs text-slate-500">n = {n}</span>
      <TrafficLight light={figure.light} />
    </div>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('certificates'))('list.title') };
}

export default async function CertificatesPage() {
  const actor = await requireActor();
  const [certificates, overviews, deadlines] = await Promise.all([listCertificates(actor), listCertificateOverviews(actor), listOpenConditionDeadlines(actor)]);
  const [t, format] = await Promise.all([getT('certificates'), getFormat()]);
  const targets = getTargets();
  /** A configured target as written (4.5, 4), with the language's decimal separator. */
  const target = (value: number) => value.toLocaleString(INTL_LOCALES[format.locale]);
  const keyFigure = (figure: TKeyFigure, formatValue: (value: number) => string) => (
    <KeyFigure figure={figure} text={figure.value === null ? t('list.withheld') : formatValue(figure.value)} n={format.number(figure.n)} />
  );
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('list.title')}</h1>
      <Card>
        <CardHeader
          title={t('list.keyFigures.title')}
          description={t('list.keyFigures.description', {
            completionGreen: format.percent(targets.completionRate.green, 0),
            completionAmber: format.percent(targets.completionRate.amber, 0),
            paidGreen: format.percent(targets.paidCompletionRate.green, 0),
            paidAmber: format.percent(targets.paidCompletionRate.amber, 0),
            starGreen: target(targets.starMean.green),
            starAmber: target(targets.starMean.amber),
          })}
        />
        <Table data-testid="key-figures">
          <thead>
            <tr>
              <Th>{t('list.keyFigures.certificate')}</Th>
              <Th className="text-right">{t('list.keyFigures.enrolled')}</Th>
              <Th>{t('list.keyFigures.completion')}</Th>
              <Th>{t('list.keyFigures.paidCompletion')}</Th>
              <Th>{t('list.keyFigures.star')}</Th>
              <Th>{t('list.keyFigures.starTrend')}</Th>
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
                <Td className="text-right tabular-nums">{overview.enrolled === null ? t('list.withheld') : format.number(overview.enrolled)}</Td>
                <Td>{keyFigure(overview.completion, (value) => format.percent(value))}</Td>
                <Td>{keyFigure(overview.paidCompletion, (value) => format.percent(value))}</Td>
                <Td>{keyFigure(overview.star, (value) => format.number(value, 2))}</Td>
                <Td>
                  <Sparkline data={overview.starTrend} label={t('list.keyFigures.sparklineLabel', { name: overview.name })} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <SparklineDataTable
          caption={t('list.keyFigures.starTrendCaption')}
          testId="star-trend-table"
          series={overviews.map((overview) => ({ name: overview.name, points: overview.starTrend }))}
        />
      </Card>
      <Card>
        <CardHeader title={t('list.deadlines.title')} description={t('list.deadlines.description')} />
        {deadlines.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600" data-testid="deadlines">
            {t('list.deadlines.none')}
          </p>
        ) : (
          <ul className="px-4 py-3 text-sm" data-testid="deadlines">
            {deadlines.map((deadline) => (
              <li key={deadline.id}>
                <Link href={`/procedures/${deadline.procedureId}`} className="text-blue-700 underline">
                  {format.serverMessage(deadline.label)}
                </Link>{' '}
                — {t('list.deadlines.entry', { status: format.enumValue(deadline.status), date: format.date(deadline.dueOn) })}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <CardHeader title={t('list.definitions.title', { count: certificates.length })} description={t('list.definitions.description')} />
        {certificates.length === 0 ? (
          <div className="flex flex-col items-start gap-2 px-4 py-6 text-sm text-slate-600" data-testid="certificates-empty">
            {canImportExports(actor) ? (
              <>
                <p>{t('list.definitions.noneCanImport')}</p>
                <Link href="/imports" className="font-medium text-blue-700 underline hover:text-blue-900">
                  {t('list.definitions.goToImports')}
                </Link>
              </>
            ) : (
              <p>{t('list.definitions.none')}</p>
            )}
          </div>
        ) : (
          <Table data-testid="certificate-definitions">
            <thead>
              <tr>
                <Th>{t('list.definitions.certificate')}</Th>
                <Th>{t('list.definitions.contentPartner')}</Th>
                <Th className="text-right">{t('list.definitions.courses')}</Th>
                <Th className="text-right">{t('list.definitions.hours')}</Th>
                <Th className="text-right">{t('list.definitions.exactCredits')}</Th>
                <Th className="text-right">{t('list.definitions.statedCredits')}</Th>
                <Th className="text-right">{t('list.definitions.hoursPerCredit')}</Th>
                <Th>{t('list.definitions.flags')}</Th>
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
                  <Td className="text-right tabular-nums">{format.hours(certificate.ledger.totalHours)}</Td>
                  <Td className="text-right tabular-nums">{format.number(certificate.ledger.exactCredits, 2)}</Td>
                  <Td className="text-right tabular-nums">{format.number(certificate.ledger.statedCredits, 1)}</Td>
                  <Td className="text-right tabular-nums">{format.number(certificate.ledger.impliedHoursPerCredit, 1)}</Td>
                  <Td>
                    {certificate.ledger.flags.length === 0 ? (
                      <Badge tone="good">{t('list.definitions.noFlags')}</Badge>
                    ) : (
                      <Badge tone="bad">{t('list.definitions.flagCount', { count: certificate.ledger.flags.length })}</Badge>
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
