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
import { getCertificateMetrics, NPS_SYSTEMS, type TCertificateMetrics } from '@/lib/metrics/queries';
import { COMMENTS_PER_COURSE } from '@/lib/metrics/summary-steps';
import { formatDate, formatNumber } from '@/lib/utils/format';
import { formatPercent, formatQuartiles, formatRate } from '@/lib/utils/format-rate';
import { CommentReviewButtons } from './_components/comment-review-buttons';

export const metadata: Metadata = { title: 'Certificate dashboard' };

const count = (value: number | null) => (value === null ? 'withheld' : formatNumber(value));

function CompletionTable({ metrics }: { metrics: TCertificateMetrics }) {
  return (
    <Table data-testid="course-metrics">
      <thead>
        <tr>
          <Th className="w-10 text-right">#</Th>
          <Th>Course</Th>
          <Th className="text-right">Enrolled</Th>
          <Th className="text-right">Completers</Th>
          <Th>Completion rate</Th>
          <Th className="text-right">Paying</Th>
          <Th>Paid completion</Th>
          <Th>Time to completion (days, median [Q1–Q3])</Th>
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
              {formatRate(course.completion)}
            </Td>
            <Td className="text-right tabular-nums" data-field="paying">
              {count(course.paying)}
            </Td>
            <Td className="tabular-nums" data-field="paidCompletion">
              {formatRate(course.paidCompletion)}
              {course.wasPaymentCompletion.value !== null ? (
                <div className="text-xs text-slate-600">payment only: {formatRate(course.wasPaymentCompletion)}</div>
              ) : null}
            </Td>
            <Td className="tabular-nums">{formatQuartiles(course.timeToCompletionDays, 'd', 0)}</Td>
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
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/certificates" className="hover:underline">
            Certificates
          </Link>{' '}
          /{' '}
          <Link href={`/certificates/${slug}`} className="hover:underline">
            {metrics.certificate.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Dashboard: {metrics.certificate.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          Figures from fewer than {metrics.minimumGroupSize} learners or respondents are withheld. Definitions version {metrics.definitionsVersion}.{' '}
          <Link href={`/certificates/${slug}/loops`} className="text-blue-700 underline">
            Control loops of this certificate
          </Link>
        </p>
      </div>

      {metrics.imports.length === 0 ? (
        <Card>
          <CardBody>
            <p className="text-sm">No export with data for this certificate's courses has been imported yet.</p>
          </CardBody>
        </Card>
      ) : null}
      {metrics.anonymity === 'ISOLATED' ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
          An export behind these figures is isolated: its feedback ids cannot be joined to learners, so ratings are never related to completion or payment here.
        </p>
      ) : null}

      <section aria-labelledby="workload-heading" className="flex flex-col gap-3">
        <h2 id="workload-heading" className="text-lg font-semibold">
          Workload
        </h2>
        <Card>
          <CardHeader
            actions={<ExportLinks dataset="survey-results" subject="certificate" value={slug} label="Survey results" />}
            title="Estimated, bottom-up and observed hours per course"
            description="Estimated: as stated for this certificate. Bottom-up: the items' time commitments in the export. Observed: time on task of completers from activity timestamps, gaps over the inactivity cut-off counted as breaks: a lower bound, not a measurement of study time."
          />
          <Table data-testid="workload">
            <thead>
              <tr>
                <Th className="w-10 text-right">#</Th>
                <Th>Course</Th>
                <Th className="text-right">Estimated</Th>
                <Th className="text-right">Bottom-up</Th>
                <Th>Reported (survey, median [Q1–Q3])</Th>
                <Th>Observed (completers, median [Q1–Q3])</Th>
                <Th>Credential eligibility</Th>
              </tr>
            </thead>
            <tbody>
              {metrics.courses.map((course) => (
                <tr key={course.courseId}>
                  <Td className="text-right tabular-nums">{course.position}</Td>
                  <Td>{course.name}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(course.workload.estimatedHours, 1)} h</Td>
                  <Td className="text-right tabular-nums">
                    {course.workload.bottomUpHours === null ? '—' : `${formatNumber(course.workload.bottomUpHours, 1)} h`}
                  </Td>
                  <Td className="tabular-nums" data-field="reportedHours">
                    {formatQuartiles(course.workload.reportedHours, 'h')}
                    {course.workload.reportedHours.shareHigher === null
                      ? ''
                      : `; ${formatPercent(course.workload.reportedHours.shareHigher)} more than estimated`}
                  </Td>
                  <Td className="tabular-nums">{formatQuartiles(course.workload.observedHours, 'h')}</Td>
                  <Td className="tabular-nums">{formatRate(course.credentialEligibility)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="px-4 py-2 text-xs text-slate-600">
            Credential eligibility: enrolled learners who accessed at least{' '}
            {formatPercent(metrics.courses[0]?.credentialEligibility.participationThreshold ?? null, 0)} of the course's items and reached at least{' '}
            {formatPercent(metrics.courses[0]?.credentialEligibility.achievementThreshold ?? null, 0)} of the assessed score. Inactivity cut-off{' '}
            {metrics.courses[0]?.workload.observedHours.cutoffMinutes ?? '—'} min.
          </p>
        </Card>
      </section>

      <section aria-labelledby="completion-heading" className="flex flex-col gap-3">
        <h2 id="completion-heading" className="text-lg font-semibold">
          Completion and funnel
        </h2>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <ChartCard title="Certificate enrolled" metric="certificateEnrolled" n={metrics.certificateEnrolled}>
            <p className="text-3xl font-semibold tabular-nums" data-testid="certificate-enrolled">
              {count(metrics.certificateEnrolled)}
            </p>
          </ChartCard>
          <ChartCard title="Certificate completers" metric="certificateCompleters" n={metrics.certificateEnrolled}>
            <p className="text-3xl font-semibold tabular-nums" data-testid="certificate-completers">
              {count(metrics.certificateCompleters)}
            </p>
            <p className="text-sm text-slate-600">{formatRate(metrics.certificateCompletion)} of enrolled</p>
          </ChartCard>
          <ChartCard title="Courses" metric="estimatedHours" n={null}>
            <p className="text-3xl font-semibold tabular-nums">{metrics.courses.length}</p>
            <p className="text-sm text-slate-600">{formatNumber(metrics.courses.reduce((sum, course) => sum + course.estimatedHours, 0))} h estimated</p>
          </ChartCard>
        </div>
        <ChartCard title="Funnel across the certificate's courses" metric="funnel" n={metrics.certificateEnrolled}>
          <FunnelChart
            label={`Funnel of ${metrics.certificate.name}: learners enrolled in, passing, and passing every course up to each course, in course order`}
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
            title="Per course"
            description="Completion rates with Wilson 95 % intervals; paid completion among learners who met the payment condition (payment, financial aid or sponsorship)."
            actions={<ExportLinks dataset="certificate-metrics" subject="certificate" value={slug} />}
          />
          <CompletionTable metrics={metrics} />
        </Card>
      </section>

      <section aria-labelledby="satisfaction-heading" className="flex flex-col gap-3">
        <h2 id="satisfaction-heading" className="text-lg font-semibold">
          Satisfaction
        </h2>
        <p className="text-sm text-slate-600">
          {formatNumber(totalStar)} star ratings across the courses. Star ratings and the two NPS surveys are never mixed.
        </p>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {metrics.courses.map((course) => (
            <ChartCard
              key={course.courseId}
              title={`${course.position}. ${course.name}: star rating`}
              metric="star"
              n={course.star.n}
              suppressed={course.star.suppressed}
            >
              <p className="text-sm" data-testid={`star-${course.courseId}`}>
                Mean {formatNumber(course.star.mean, 2)}
                {course.star.meanInterval
                  ? ` (95 % CI ${formatNumber(course.star.meanInterval.low, 2)}–${formatNumber(course.star.meanInterval.high, 2)})`
                  : ''}
                , five stars {formatPercent(course.star.shareOfFive)}
              </p>
              {course.star.distribution ? (
                <RatingDistributionChart
                  label={`Star ratings of ${course.name}`}
                  data={(['1', '2', '3', '4', '5'] as const).map((rating) => ({ rating: `${rating}★`, n: course.star.distribution?.[rating] ?? 0 }))}
                />
              ) : null}
              <ul className="mt-2 text-xs text-slate-700">
                {NPS_SYSTEMS.map((system) => {
                  const nps = course.nps[system];
                  return (
                    <li key={system}>
                      {system === 'NPS_FIRST_WEEK' ? 'NPS after the first week' : 'NPS at the end of the course'}:{' '}
                      {nps.score === null
                        ? `withheld (${nps.suppressed ?? 'no data'})`
                        : `${formatNumber(nps.score, 0)} (95 % CI ${formatNumber(nps.interval?.low ?? null, 0)} to ${formatNumber(nps.interval?.high ?? null, 0)}; ${nps.promoters} promoters, ${nps.detractors} detractors, n = ${nps.n})`}
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
          Content hot spots
        </h2>
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>Course</Th>
                <Th>Item</Th>
                <Th className="text-right">Ratings</Th>
                <Th className="text-right">Dislike share</Th>
                <Th className="text-right">Flags</Th>
              </tr>
            </thead>
            <tbody>
              {metrics.courses.flatMap((course) =>
                course.hotSpots.slice(0, 3).map((item) => (
                  <tr key={`${course.courseId}-${item.itemId}`}>
                    <Td>{course.name}</Td>
                    <Td>{item.name ?? item.itemId}</Td>
                    <Td className="text-right tabular-nums">{item.n}</Td>
                    <Td className="text-right tabular-nums">{item.dislikeShare === null ? 'withheld' : formatPercent(item.dislikeShare)}</Td>
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
          Learner comments
        </h2>
        <p className="text-sm text-slate-600">
          {commentList.canReview
            ? `Comments are shown to partners and auditors only after you release them. ${showAllComments ? `All ${COMMENTS_PER_COURSE} newest per course are listed.` : `The newest ${COMMENTS_SHOWN_PER_COURSE} per course are listed.`}`
            : 'Comments released for display by the quality manager.'}{' '}
          <Link
            href={showAllComments ? `/certificates/${slug}/dashboard#comments-heading` : `/certificates/${slug}/dashboard?comments=all#comments-heading`}
            className="text-blue-700 underline"
          >
            {showAllComments ? 'Show fewer' : `Show up to ${COMMENTS_PER_COURSE} per course`}
          </Link>
        </p>
        <Card>
          {commentList.comments.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600">No comments to show.</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="comments">
              {commentList.comments.map((comment) => (
                <li key={comment.key} className="flex flex-col gap-1 px-4 py-3 text-sm" data-comment-key={comment.key}>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <span>{comment.courseName}</span>
                    <span>
                      ·{' '}
                      {comment.system === 'STAR'
                        ? 'course review'
                        : comment.system === 'NPS_FIRST_WEEK'
                          ? 'NPS reason (first week)'
                          : comment.system === 'NPS_END_OF_COURSE'
                            ? 'NPS reason (end of course)'
                            : comment.system}
                    </span>
                    <span>· {formatDate(comment.at)}</span>
                    {commentList.canReview ? (
                      <Badge tone={comment.decision === 'RELEASED' ? 'good' : comment.decision === 'WITHHELD' ? 'bad' : 'warning'}>
                        {comment.decision.toLowerCase()}
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
          Data provenance
        </h2>
        <Card>
          <CardBody>
            {metrics.imports.length === 0 ? (
              <p className="text-sm">No import.</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm" data-testid="provenance">
                {metrics.imports.map((entry) => (
                  <li key={entry.importId}>
                    <Badge tone="info">import</Badge> {entry.sourceName}, snapshot {formatDate(entry.snapshotAt ? new Date(entry.snapshotAt) : null)}, imported{' '}
                    {formatDate(new Date(entry.finishedAt))} · SHA-256 <span className="font-mono text-xs">{entry.contentSha256.slice(0, 16)}…</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-xs text-slate-600">Summaries computed {metrics.computedAt ? formatDate(new Date(metrics.computedAt)) : '—'}.</p>
          </CardBody>
        </Card>
      </section>
    </div>
  );
}
