// One certificate: its figures and charts, the ECTS ledger with its consistency flags, the control
// loops (baseline against follow-up) and the learner comments released for display.
import { describeEctsFlag } from '@/components/certificates/ects-flag-label';
import { formatDate, formatEnum, formatHours, formatNumber } from '@/lib/utils/format';
import { formatPercent, formatQuartiles } from '@/lib/utils/format-rate';
import { formatTimestamp } from '../../format-figures';
import type { TReportCertificate, TReportControlLoop } from '../../report-data';
import { DataTable, HashText, Heading, KeyValues, Paragraph, SubHeading } from '../blocks';
import { computeZeroBasedTicks } from '../chart-scale';
import { ChartBlock, GroupedBarChart, Legend } from '../charts/bar-charts';
import { getReactPdf } from '../load-react-pdf';
import { SERIES_COLOURS, styles } from '../styles';
import type { TocRegistry } from '../toc';
import { sectionId } from '../toc-entries';
import { CertificateFigures } from './certificate-figures';

const COMMENT_SOURCE: Record<string, string> = {
  STAR: 'course review',
  NPS_FIRST_WEEK: 'NPS reason (first week)',
  NPS_END_OF_COURSE: 'NPS reason (end of course)',
};

function EctsLedger({ certificate }: { certificate: TReportCertificate }) {
  const { Text, View } = getReactPdf();
  const { ledger, rules, definition } = certificate;
  const { weekly } = ledger;
  return (
    <View>
      <SubHeading>ECTS ledger</SubHeading>
      <Paragraph style={styles.muted}>
        {formatNumber(rules.hoursPerCredit)} h per credit, accepted band {formatNumber(rules.hoursPerCreditMin)}–{formatNumber(rules.hoursPerCreditMax)} h,
        rounding rule “{formatEnum(rules.roundingRule).toLowerCase()}”
        {definition.rulesFrom ? `, as declared in ${definition.rulesFrom}` : ' (defaults: no procedure in this view covers the certificate)'}.
      </Paragraph>
      <KeyValues
        labelWidth={190}
        rows={[
          ['Sum of course hours', `${formatHours(ledger.totalHours)} (stated total: ${formatHours(definition.statedTotalHours)})`],
          [
            `Exact credits (hours / ${formatNumber(rules.hoursPerCredit)})`,
            `${formatNumber(ledger.exactCredits, 2)} (stated exact: ${formatNumber(definition.statedExactCredits, 2)})`,
          ],
          ['Stated credits', `${formatNumber(ledger.statedCredits, 1)} (the rounding rule gives ${formatNumber(ledger.expectedCreditsByRule)})`],
          ['Implied hours per credit', formatNumber(ledger.impliedHoursPerCredit, 1)],
          ['EQF level', definition.eqfLevel === null ? 'not stated' : String(definition.eqfLevel)],
          [
            `Weekly feasibility at ${formatNumber(rules.weeklyWorkloadGuideline)} h/week`,
            `${formatNumber(weekly.weeksAtGuideline, 1)} weeks (${formatNumber(weekly.monthsAtGuideline, 1)} months)${
              weekly.hoursPerWeekAtShortest !== null && weekly.hoursPerWeekAtLongest !== null
                ? `; within the intended ${formatNumber(definition.intendedDurationMonthsMin)}–${formatNumber(definition.intendedDurationMonthsMax)} months: ${formatNumber(weekly.hoursPerWeekAtLongest, 1)}–${formatNumber(weekly.hoursPerWeekAtShortest, 1)} h/week`
                : '; no intended duration stated'
            }`,
          ],
        ]}
      />
      <Text style={{ fontWeight: 'bold' }}>Flags</Text>
      {ledger.flags.length === 0 && certificate.courseHourConflicts.length === 0 ? (
        <Text>No flags: the stated figures agree with the rules and with each other.</Text>
      ) : null}
      {ledger.flags.map((flag) => (
        <Text key={flag.code}>⚑ {describeEctsFlag(flag)}</Text>
      ))}
      {certificate.courseHourConflicts.map((conflict) => (
        <Text key={conflict.courseId}>
          ⚑ {conflict.courseName} is stated with different hours:{' '}
          {conflict.statements.map((statement) => `${formatHours(statement.estimatedHours)} in ${statement.certificateName}`).join(', ')}
        </Text>
      ))}
    </View>
  );
}

function ControlLoop({ loop }: { loop: TReportControlLoop }) {
  const { View } = getReactPdf();
  const followUpOf = new Map(loop.followUpCourses.map((course) => [course.courseId, course]));
  const ticks = computeZeroBasedTicks(
    Math.max(0, ...loop.baselineCourses.flatMap((course) => [course.estimatedHours, course.median ?? 0, followUpOf.get(course.courseId)?.median ?? 0])),
    4,
    10,
  );
  const verdictOf = new Map(loop.comparison.map((course) => [course.courseId, course]));
  return (
    <View style={{ marginBottom: 8 }}>
      <SubHeading>{`Control loop: ${loop.title}`}</SubHeading>
      <KeyValues
        rows={[
          [
            'Status',
            `${formatEnum(loop.status)}${loop.conditionNumber === null ? '' : ` (condition ${loop.conditionNumber})`}${loop.closedAt ? `, closed ${formatDate(loop.closedAt)}` : ''}`,
          ],
          ['Baseline', `${loop.baselineWaveName}: ${loop.baselineResponseCount} responses, frozen ${formatTimestamp(loop.baselineFrozenAt)}`],
          [
            'Follow-up',
            loop.followUpWaveName
              ? `${loop.followUpWaveName}: ${loop.followUpResponseCount ?? 0} responses, frozen ${formatTimestamp(loop.followUpFrozenAt)}`
              : 'not yet measured',
          ],
          ['Comparison rule', loop.comparisonRule ?? '—'],
        ]}
      />
      <HashText label="baseline SHA-256 " value={loop.baselineSha256} />
      {loop.followUpSha256 ? <HashText label="follow-up SHA-256" value={loop.followUpSha256} /> : null}
      {loop.comparisonSha256 ? <HashText label="comparison SHA-256" value={loop.comparisonSha256} /> : null}
      <ChartBlock title="Reported hours: baseline against follow-up (medians)" caption="Withheld medians (fewer respondents than k) draw no bar.">
        <Legend
          items={['estimated', 'baseline median', 'follow-up median'].map((label, index) => ({ label, colour: SERIES_COLOURS[index] ?? SERIES_COLOURS[0] }))}
        />
        <GroupedBarChart
          colours={SERIES_COLOURS}
          ticks={ticks}
          formatTick={(value) => `${formatNumber(value)} h`}
          rows={loop.baselineCourses.map((course) => {
            const followUp = followUpOf.get(course.courseId);
            return {
              key: course.courseId,
              label: `${course.position}. ${course.name}`,
              values: [course.estimatedHours, course.median, followUp?.median ?? null],
              valueText: `${formatQuartiles(course, 'h')} → ${followUp ? formatQuartiles(followUp, 'h') : 'no follow-up'}`,
            };
          })}
        />
      </ChartBlock>
      {loop.comparison.length > 0 ? (
        <DataTable
          columns={[
            { header: 'Course' },
            { header: 'Share "higher": baseline → follow-up', width: 130 },
            { header: 'Verdict', width: 60 },
            { header: 'Explanation', width: 150 },
          ]}
          rows={loop.baselineCourses.map((course) => {
            const compared = verdictOf.get(course.courseId);
            return {
              key: course.courseId,
              cells: [
                `${course.position}. ${course.name}`,
                `${formatPercent(compared?.baseline?.shareHigher ?? null)} → ${formatPercent(compared?.followUp?.shareHigher ?? null)}`,
                compared?.verdict ? formatEnum(compared.verdict) : 'not comparable',
                compared?.explanation ?? '—',
              ],
            };
          })}
        />
      ) : null}
      <DataTable
        columns={[{ header: 'Measure' }, { header: 'Owner', width: 110 }, { header: 'Due', width: 60 }, { header: 'Status', width: 55 }]}
        rows={loop.measures.map((measure, index) => ({
          key: `${index}`,
          cells: [`${measure.title} (expected: ${measure.expectedEffect})`, measure.ownerName, formatDate(measure.dueOn), formatEnum(measure.status)],
        }))}
        emptyText="No measures recorded yet."
      />
      {loop.closingNote ? <Paragraph>Closing note: {loop.closingNote}</Paragraph> : null}
    </View>
  );
}

function Comments({ certificate }: { certificate: TReportCertificate }) {
  const { Text, View } = getReactPdf();
  return (
    <View>
      <SubHeading>Learner comments released for display</SubHeading>
      {certificate.comments.length === 0 ? <Paragraph style={styles.muted}>No comment has been released for display.</Paragraph> : null}
      {certificate.comments.map((comment) => (
        <View key={comment.key} style={{ marginBottom: 3 }} wrap={false}>
          <Text style={[styles.small, styles.muted]}>
            {comment.courseName} · {comment.system ? (COMMENT_SOURCE[comment.system] ?? comment.system) : 'comment'} · {formatDate(comment.at)}
          </Text>
          <Text>{comment.text}</Text>
        </View>
      ))}
    </View>
  );
}

export function CertificateSection({ toc, certificate }: { toc: TocRegistry; certificate: TReportCertificate }) {
  const { View } = getReactPdf();
  return (
    <View break>
      <Heading toc={toc} id={sectionId.certificate(certificate.slug)} level={1}>
        {`Certificate: ${certificate.name}`}
      </Heading>
      <Paragraph style={styles.muted}>
        Content partner {certificate.contentPartner} · {certificate.slug}
      </Paragraph>
      <CertificateFigures metrics={certificate.metrics} />
      <EctsLedger certificate={certificate} />
      {certificate.controlLoops.length === 0 ? (
        <>
          <SubHeading>Control loops</SubHeading>
          <Paragraph style={styles.muted}>No control loop has been started for this certificate.</Paragraph>
        </>
      ) : (
        certificate.controlLoops.map((loop) => <ControlLoop key={loop.id} loop={loop} />)
      )}
      <Comments certificate={certificate} />
    </View>
  );
}
