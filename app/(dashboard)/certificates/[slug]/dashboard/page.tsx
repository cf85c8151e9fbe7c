import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartCard } from '@/components/charts/chart-card';
import { FunnelChart } from '@/components/charts/funnel-chart';
import { RatingDistributionChart } from '@/components/charts/rating-distribution-chart';
import { ExportLinks } from '@/components/exports/export-links';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { COMMENTS_SHOWN_PER_COURSE, listCertificateComments } from '@/lib/comments/queries';
import type { TFormat } from '@/lib/i18n/format';
import { getFormat, getT } from '@/lib/i18n/server';
import { getCertificateMetrics, NPS_SYSTEMS, type TCertificateMetrics } from '@/lib/metrics/queries';
import { COMMENTS_PER_COURSE } from '@/lib/metrics/summary-steps';
import { CommentReviewButtons } from './_components/comment-review-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('dashboard'))('title') };
}

type TDashboardT = Awaited<ReturnType<typeof getT<'dashboard'>>>;

/** The label of a comment's feedback system; an unknown one is shown as stored. */
const COMMENT_SYSTEMS = { STAR: 'star', NPS_FIRST_WEEK: 'npsFirstWeek', NPS_END_OF_COURSE: 'npsEndOfCourse' } as const;

function describeCommentSystem(system: string | null, t: TDashboardT): string | null {
  return system !== null && system in COMMENT_SYSTEMS ? t(`comments.system.${COMMENT_SYSTEMS[system as keyof typeof COMMENT_SYSTEMS]}`) : system;
}

function CompletionTable({ metrics, t, format }: { metrics: TCertificateMetrics; t: TDashboardT; format: TFormat }) {
  const count = (value: number | null) => (value === null ? t('withheld') : format.number(value));
  return (
    <Table data-testid="course-metrics">
      <thead>
        <tr>
          <Th className="w-10 text-right">#</Th>
          <Th>{t('completion.table.course')}</Th>
          <Th className="text-right">{t('completion.table.enrolled')}</Th>
          <Th className="text-right">{t('completion.table.completers')}</Th>
          <Th>{t('completion.table.completionRate')}</Th>
          <Th className="text-right">{t('completion.table.paying')}</Th>
          <Th>{t('completion.table.paidCompletion')}</Th>
          <Th>{t('completion.table.timeToCompletion')}</Th>
        </tr>
      </thead>
      <tbody>
        {metrics.courses.map((course) => (
          <tr key={course.courseId} data-course-id={course.courseId}>
            <Td className="text-right tabular-nums">{course.position}</Td>
            <Td>{course.name}</Td>
            <Td className="text-right tabular-nums" data-field="enrolled">
              {count(course.enrolled)}
            </Td>
            <Td className="text-right tabular-nums" data-field="completers">
              {count(course.completers)}
            </Td>
            <Td className="tabular-nums" data-field="completionRate">
              {format.rate(course.completion)}
            </Td>
            <Td className="text-right tabular-nums" data-field="paying">
              {count(course.paying)}
            </Td>
            <Td className="tabular-nums" data-field="paidCompletion">
              {format.rate(course.paidCompletion)}
              {course.wasPaymentCompletion.value !== null ? (
                <div className="text-xs text-slate-600">{t('completion.table.paymentOnly', { rate: format.rate(course.wasPaymentCompletion) })}</div>
              ) : null}
            </Td>
            <Td className="tabular-nums">{format.quartiles(course.timeToCompletionDays, t('completion.table.daysUnit'), 0)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export default async function CertificateDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ comments?: string }>;
}) {
  const actor = await requireActor();
  const { slug } = await params;
  const showAllComments = (await searchParams).comments === 'all';
  const [metrics, commentList] = await Promise.all([
    orNotFound(getCertificateMetrics(actor, slug)),
    orNotFound(listCertificateComments(actor, slug, showAllComments ? COMMENTS_PER_COURSE : COMMENTS_SHOWN_PER_COURSE)),
  ]);
  const totalStar = metrics.courses.reduce((sum, course) => sum + course.star.n, 0);
  const [t, format] = await Promise.all([getT('dashboard'), getFormat()]);
  const count = (value: number | null) => (value === null ? t('withheld') : format.number(value));
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/certificates" className="hover:underline">
            {t('breadcrumb')}
          </Link>{' '}
          /{' '}
          <Link href={`/certificates/${slug}`} className="hover:underline">
            {metrics.certificate.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t('heading', { name: metrics.certificate.name })}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t('intro', { k: metrics.minimumGroupSize, version: metrics.definitionsVersion })}{' '}
          <Link href={`/certificates/${slug}/loops`} className="text-blue-700 underline">
            {t('loopsLink')}
          </Link>
        </p>
      </div>

      {metrics.imports.length === 0 ? (
        <Card>
          <CardBody>
            <p className="text-sm">{t('noImports')}</p>
          </CardBody>
        </Card>
      ) : null}
      {metrics.anonymity === 'ISOLATED' ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
          {t('isolated')}
        </p>
      ) : null}

      <section aria-labelledby="workload-heading" className="flex flex-col gap-3">
        <h2 id="workload-heading" className="text-lg font-semibold">
          {t('workload.heading')}
        </h2>
        <Card>
          <CardHeader
            actions={<ExportLinks dataset="survey-results" subject="certificate" value={slug} label={t('workload.surveyResults')} />}
            title={t('workload.title')}
            description={t('workload.description')}
          />
          <Table data-testid="workload">
            <thead>
              <tr>
                <Th className="w-10 text-right">#</Th>
                <Th>{t('workload.course')}</Th>
                <Th className="text-right">{t('workload.estimated')}</Th>
                <Th className="text-right">{t('workload.bottomUp')}</Th>
                <Th>{t('workload.reported')}</Th>
                <Th>{t('workload.observed')}</Th>
                <Th>{t('workload.eligibility')}</Th>
              </tr>
            </thead>
            <tbody>
              {metrics.courses.map((course) => (
                <tr key={course.courseId}>
                  <Td className="text-right tabular-nums">{course.position}</Td>
                  <Td>{course.name}</Td>
                  <Td className="text-right tabular-nums">{format.number(course.workload.estimatedHours, 1)} h</Td>
                  <Td className="text-right tabular-nums">
                    {course.workload.bottomUpHours === null ? '—' : `${format.number(course.workload.bottomUpHours, 1)} h`}
                  </Td>
                  <Td className="tabular-nums" data-field="reportedHours">
                    {format.quartiles(course.workload.reportedHours, 'h')}
                    {course.workload.reportedHours.shareHigher === null
                      ? ''
                      : `; ${t('workload.moreThanEstimated', { share: format.percent(course.workload.reportedHours.shareHigher) })}`}
                  </Td>
                  <Td className="tabular-nums">{format.quartiles(course.workload.observedHours, 'h')}</Td>
                  <Td className="tabular-nums">{format.rate(course.credentialEligibility)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="px-4 py-2 text-xs text-slate-600">
            {t('workload.eligibilityNote', {
              participation: format.percent(metrics.courses[0]?.credentialEligibility.participationThreshold ?? null, 0),
              achievement: format.percent(metrics.courses[0]?.credentialEligibility.achievementThreshold ?? null, 0),
              minutes: metrics.courses[0]?.workload.observedHours.cutoffMinutes ?? '—',
            })}
          </p>
        </Card>
      </section>

      <section aria-labelledby="completion-heading" className="flex flex-col gap-3">
        <h2 id="completion-heading" className="text-lg font-semibold">
          {t('completion.heading')}
        </h2>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <ChartCard title={t('completion.certificateEnrolled')} metric="certificateEnrolled" n={metrics.certificateEnrolled}>
            <p className="text-3xl font-semibold tabular-nums" data-testid="certificate-enrolled">
              {count(metrics.certificateEnrolled)}
            </p>
          </ChartCard>
          <ChartCard title={t('completion.certificateCompleters')} metric="certificateCompleters" n={metrics.certificateEnrolled}>
            <p className="text-3xl font-semibold tabular-nums" data-testid="certificate-completers">
              {count(metrics.certificateCompleters)}
            </p>
            <p className="text-sm text-slate-600">{t('completion.ofEnrolled', { rate: format.rate(metrics.certificateCompletion) })}</p>
          </ChartCard>
          <ChartCard title={t('completion.courses')} metric="estimatedHours" n={null}>
            <p className="text-3xl font-semibold tabular-nums">{metrics.courses.length}</p>
            <p className="text-sm text-slate-600">
              {t('completion.hoursEstimated', { hours: format.number(metrics.courses.reduce((sum, course) => sum + course.estimatedHours, 0)) })}
            </p>
          </ChartCard>
        </div>
        <ChartCard title={t('completion.funnelTitle')} metric="funnel" n={metrics.certificateEnrolled}>
          <FunnelChart
            label={t('completion.funnelLabel', { name: metrics.certificate.name })}
            data={metrics.funnel.map((step) => ({
              label: String(step.position),
              name: step.name,
              enrolled: step.enrolled,
              passed: step.passed,
              passedAllSoFar: step.passedAllSoFar,
            }))}
          />
        </ChartCard>
        <Card>
          <CardHeader
            title={t('completion.perCourse')}
            description={t('completion.perCourseDescription')}
            actions={<ExportLinks dataset="certificate-metrics" subject="certificate" value={slug} />}
          />
          <CompletionTable metrics={metrics} t={t} format={format} />
        </Card>
      </section>

      <section aria-labelledby="satisfaction-heading" className="flex flex-col gap-3">
        <h2 id="satisfaction-heading" className="text-lg font-semibold">
          {t('satisfaction.heading')}
        </h2>
        <p className="text-sm text-slate-600">{t('satisfaction.intro', { count: format.number(totalStar) })}</p>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {metrics.courses.map((course) => (
            <ChartCard
              key={course.courseId}
              title={t('satisfaction.cardTitle', { position: course.position, name: course.name })}
              metric="star"
              n={course.star.n}
              suppressed={course.star.suppressed}
            >
              <p className="text-sm" data-testid={`star-${course.courseId}`}>
                {course.star.meanInterval
                  ? t('satisfaction.meanWithInterval', {
                      mean: format.number(course.star.mean, 2),
                      low: format.number(course.star.meanInterval.low, 2),
                      high: format.number(course.star.meanInterval.high, 2),
                      share: format.percent(course.star.shareOfFive),
                    })
                  : t('satisfaction.mean', { mean: format.number(course.star.mean, 2), share: format.percent(course.star.shareOfFive) })}
              </p>
              {course.star.distribution ? (
                <RatingDistributionChart
                  label={t('satisfaction.distributionLabel', { name: course.name })}
                  data={(['1', '2', '3', '4', '5'] as const).map((rating) => ({ rating: `${rating}★`, n: course.star.distribution?.[rating] ?? 0 }))}
                />
              ) : null}
              <ul className="mt-2 text-xs text-slate-700">
                {NPS_SYSTEMS.map((system) => {
                  const nps = course.nps[system];
                  return (
                    <li key={system}>
                      {system === 'NPS_FIRST_WEEK' ? t('satisfaction.npsFirstWeek') : t('satisfaction.npsEndOfCourse')}:{' '}
                      {nps.score === null
                        ? t('satisfaction.npsWithheld', { reason: format.serverMessage(nps.suppressed ?? 'no data') })
                        : t('satisfaction.npsValue', {
                            score: format.number(nps.score, 0),
                            low: format.number(nps.interval?.low ?? null, 0),
                            high: format.number(nps.interval?.high ?? null, 0),
                            promoters: String(nps.promoters),
                            detractors: String(nps.detractors),
                            n: nps.n,
                          })}
                    </li>
                  );
                })}
              </ul>
            </ChartCard>
          ))}
        </div>
      </section>

      <section aria-labelledby="hotspots-heading" className="flex flex-col gap-3">
        <h2 id="hotspots-heading" className="text-lg font-semibold">
          {t('hotSpots.heading')}
        </h2>
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>{t('hotSpots.course')}</Th>
                <Th>{t('hotSpots.item')}</Th>
                <Th className="text-right">{t('hotSpots.ratings')}</Th>
                <Th className="text-right">{t('hotSpots.dislikeShare')}</Th>
                <Th className="text-right">{t('hotSpots.flags')}</Th>
              </tr>
            </thead>
            <tbody>
              {metrics.courses.flatMap((course) =>
                course.hotSpots.slice(0, 3).map((item) => (
                  <tr key={`${course.courseId}-${item.itemId}`}>
                    <Td>{course.name}</Td>
                    <Td>{item.name ?? item.itemId}</Td>
                    <Td className="text-right tabular-nums">{item.n}</Td>
                    <Td className="text-right tabular-nums">{item.dislikeShare === null ? t('withheld') : format.percent(item.dislikeShare)}</Td>
                    <Td className="text-right tabular-nums">{item.flags}</Td>
                  </tr>
                )),
              )}
            </tbody>
          </Table>
        </Card>
      </section>

      <section aria-labelledby="comments-heading" className="flex flex-col gap-3">
        <h2 id="comments-heading" className="text-lg font-semibold">
          {t('comments.heading')}
        </h2>
        <p className="text-sm text-slate-600">
          {commentList.canReview
            ? `${t('comments.reviewIntro')} ${showAllComments ? t('comments.allListed', { count: COMMENTS_PER_COURSE }) : t('comments.newestListed', { count: COMMENTS_SHOWN_PER_COURSE })}`
            : t('comments.released')}{' '}
          <Link
            href={showAllComments ? `/certificates/${slug}/dashboard#comments-heading` : `/certificates/${slug}/dashboard?comments=all#comments-heading`}
            className="text-blue-700 underline"
          >
            {showAllComments ? t('comments.showFewer') : t('comments.showMore', { count: COMMENTS_PER_COURSE })}
          </Link>
        </p>
        <Card>
          {commentList.comments.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600">{t('comments.none')}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="comments">
              {commentList.comments.map((comment) => (
                <li key={comment.key} className="flex flex-col gap-1 px-4 py-3 text-sm" data-comment-key={comment.key}>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <span>{comment.courseName}</span>
                    <span>· {describeCommentSystem(comment.system, t)}</span>
                    <span>· {format.date(comment.at)}</span>
                    {commentList.canReview ? (
                      <Badge tone={comment.decision === 'RELEASED' ? 'good' : comment.decision === 'WITHHELD' ? 'bad' : 'warning'}>
                        {t(`comments.decision.${comment.decision}`)}
                      </Badge>
                    ) : null}
                  </div>
                  {/* Rendered as text: markup, quotes and formula prefixes in learner comments stay inert. */}
                  <p className="whitespace-pre-wrap break-words">{comment.text}</p>
                  {commentList.canReview ? <CommentReviewButtons certificateSlug={slug} commentKey={comment.key} decision={comment.decision} /> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </section>

      <section aria-labelledby="provenance-heading" className="flex flex-col gap-3">
        <h2 id="provenance-heading" className="text-lg font-semibold">
          {t('provenance.heading')}
        </h2>
        <Card>
          <CardBody>
            {metrics.imports.length === 0 ? (
              <p className="text-sm">{t('provenance.none')}</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm" data-testid="provenance">
                {metrics.imports.map((entry) => (
                  <li key={entry.importId}>
                    <Badge tone="info">{t('provenance.import')}</Badge>{' '}
                    {t('provenance.entry', {
                      source: entry.sourceName,
                      snapshot: format.date(entry.snapshotAt ? new Date(entry.snapshotAt) : null),
                      imported: format.date(new Date(entry.finishedAt)),
                    })}{' '}
                    <span className="font-mono text-xs">{entry.contentSha256.slice(0, 16)}…</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-xs text-slate-600">
              {t('provenance.computed', { date: metrics.computedAt ? format.date(new Date(metrics.computedAt)) : '—' })}
            </p>
          </CardBody>
        </Card>
      </section>
    </div>
  );
}
