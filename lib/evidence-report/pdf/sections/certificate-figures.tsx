// A certificate's figures: the key figures, then the charts (completion with intervals, funnel,
// star ratings, NPS, workload against estimated hours) and the per-course tables behind them.
// Every value is the metrics DTO's, formatted; withheld figures say why instead of a number.
import { METRIC_DEFINITIONS } from '@/lib/metrics/definitions/metric-definitions';
import { NPS_SYSTEMS, type TCertificateMetrics } from '@/lib/metrics/queries';
import { formatHours, formatNumber } from '@/lib/utils/format';
import { formatPercent, formatQuartiles } from '@/lib/utils/format-rate';
import { formatCount, formatKeyFigureLines, formatNps, formatRateWithN, formatStarMean } from '../../format-figures';
import { DataTable, Notice, SubHeading } from '../blocks';
import { computeZeroBasedTicks } from '../chart-scale';
import { BarChart, ChartBlock, GroupedBarChart, Legend, ShareBarChart } from '../charts/bar-charts';
import { getReactPdf } from '../load-react-pdf';
import { SERIES_COLOURS, STAR_COLOURS } from '../styles';

const percentTick = (value: number) => formatPercent(value, value > 0 && value < 0.1 ? 1 : 0);
const countTick = (value: number) => formatNumber(value);
const hoursTick = (value: number) => `${formatNumber(value)} h`;
const NPS_LABEL = { NPS_FIRST_WEEK: 'NPS first week', NPS_END_OF_COURSE: 'NPS end of course' } as const;

const courseLabel = (course: { position: number; name: string }) => `${course.position}. ${course.name}`;
const maxOf = (values: readonly (number | null | undefined)[]) => Math.max(0, ...values.filter((value): value is number => typeof value === 'number'));

export function KeyFigures({ metrics }: { metrics: TCertificateMetrics }) {
  const { Text, View } = getReactPdf();
  const sources = metrics.imports.map((entry) => `${entry.sourceName} (snapshot ${entry.snapshotAt?.slice(0, 10) ?? 'unknown'})`).join('; ');
  return (
    <View style={{ marginBottom: 6 }}>
      {formatKeyFigureLines(metrics).map((line) => (
        <Text key={line} style={{ fontSize: 9.5 }}>
          {line}
        </Text>
      ))}
      <Text style={{ marginTop: 3 }}>
        {metrics.courses.length} courses, {formatHours(metrics.courses.reduce((sum, course) => sum + course.estimatedHours, 0))} estimated. Figures from:{' '}
        {sources || 'no import yet'}.
      </Text>
      {metrics.anonymity === 'ISOLATED' ? (
        <Notice>An export behind these figures is isolated: ratings cannot be joined to learners, so they are never related to completion or payment.</Notice>
      ) : null}
    </View>
  );
}

function CompletionChart({ metrics }: { metrics: TCertificateMetrics }) {
  const rows = [
    {
      key: 'certificate',
      label: 'Certificate (every course)',
      value: metrics.certificateCompletion.value,
      interval: metrics.certificateCompletion.interval,
      valueText: formatRateWithN(metrics.certificateCompletion),
    },
    ...metrics.courses.map((course) => ({
      key: course.courseId,
      label: courseLabel(course),
      value: course.completion.value,
      interval: course.completion.interval,
      valueText: formatRateWithN(course.completion),
    })),
  ];
  const ticks = computeZeroBasedTicks(maxOf(rows.flatMap((row) => [row.value, row.interval?.high])));
  return (
    <ChartBlock title="Completion per course, with Wilson 95 % intervals" caption={METRIC_DEFINITIONS.completionRate.definition}>
      <BarChart rows={rows} ticks={ticks} formatTick={percentTick} />
    </ChartBlock>
  );
}

function FunnelChart({ metrics }: { metrics: TCertificateMetrics }) {
  const ticks = computeZeroBasedTicks(maxOf(metrics.funnel.map((step) => step.enrolled)), 4, 10);
  return (
    <ChartBlock title="Funnel across the certificate's courses" caption={METRIC_DEFINITIONS.funnel.definition}>
      <Legend
        items={['enrolled', 'passed', 'passed this and every course before'].map((label, index) => ({
          label,
          colour: SERIES_COLOURS[index] ?? SERIES_COLOURS[0],
        }))}
      />
      <GroupedBarChart
        colours={SERIES_COLOURS}
        ticks={ticks}
        formatTick={countTick}
        rows={metrics.funnel.map((step) => ({
          key: step.courseId,
          label: courseLabel(step),
          values: [step.enrolled, step.passed, step.passedAllSoFar],
          valueText:
            step.enrolled === null
              ? `withheld (${step.suppressed ?? 'no data'})`
              : `${formatCount(step.enrolled)} / ${formatCount(step.passed)} / ${formatCount(step.passedAllSoFar)}`,
        }))}
      />
    </ChartBlock>
  );
}

function StarChart({ metrics }: { metrics: TCertificateMetrics }) {
  return (
    <ChartBlock title="Star ratings: distribution of 1 to 5 stars per course" caption={METRIC_DEFINITIONS.star.definition}>
      <Legend items={STAR_COLOURS.map((colour, index) => ({ label: `${index + 1} star${index === 0 ? '' : 's'}`, colour }))} />
      <ShareBarChart
        rows={metrics.courses.map((course) => ({
          key: course.courseId,
          label: courseLabel(course),
          counts: course.star.distribution ? (['1', '2', '3', '4', '5'] as const).map((value) => course.star.distribution?.[value] ?? 0) : null,
          valueText: `mean ${formatStarMean(course.star)}${course.star.shareOfFive === null ? '' : `; five stars ${formatPercent(course.star.shareOfFive)}`}`,
        }))}
      />
    </ChartBlock>
  );
}

function NpsChart({ metrics }: { metrics: TCertificateMetrics }) {
  const rows = metrics.courses.flatMap((course) =>
    NPS_SYSTEMS.map((system) => {
      const figure = course.nps[system];
      return {
        key: `${course.courseId}-${system}`,
        label: `${courseLabel(course)} · ${NPS_LABEL[system]}`,
        value: figure.score,
        interval: figure.interval,
        valueText: formatNps(figure),
      };
    }),
  );
  return (
    <ChartBlock title="Net Promoter Score per course and survey (never mixed)" caption={METRIC_DEFINITIONS.nps.definition}>
      <BarChart rows={rows} ticks={[-100, -50, 0, 50, 100]} formatTick={countTick} />
    </ChartBlock>
  );
}

function WorkloadChart({ metrics }: { metrics: TCertificateMetrics }) {
  const ticks = computeZeroBasedTicks(
    maxOf(
      metrics.courses.flatMap((course) => [
        course.workload.estimatedHours,
        course.workload.bottomUpHours,
        course.workload.reportedHours.median,
        course.workload.observedHours.median,
      ]),
    ),
    4,
    10,
  );
  const series = [
    'estimated (stated)',
    'bottom-up (item time commitments)',
    'reported (survey median)',
    'observed time on task (completers, median; lower bound)',
  ];
  return (
    <ChartBlock
      title="Workload against estimated hours"
      caption="Estimated: as stated for this certificate. Bottom-up: the items' time commitments in the export. Reported: workload surveys. Observed: gaps between a completer's activity events up to the inactivity cut-off, a lower bound of study time."
    >
      <Legend items={series.map((label, index) => ({ label, colour: SERIES_COLOURS[index] ?? SERIES_COLOURS[0] }))} />
      <GroupedBarChart
        colours={SERIES_COLOURS}
        ticks={ticks}
        formatTick={hoursTick}
        rows={metrics.courses.map((course) => ({
          key: course.courseId,
          label: courseLabel(course),
          values: [course.workload.estimatedHours, course.workload.bottomUpHours, course.workload.reportedHours.median, course.workload.observedHours.median],
          valueText: [
            `est. ${formatHours(course.workload.estimatedHours)}`,
            `bottom-up ${formatHours(course.workload.bottomUpHours)}`,
            course.workload.reportedHours.median === null
              ? 'reported withheld'
              : `reported ${formatHours(course.workload.reportedHours.median)} (n ${course.workload.reportedHours.n})`,
            course.workload.observedHours.median === null
              ? 'observed withheld'
              : `observed ${formatHours(course.workload.observedHours.median)} (n ${course.workload.observedHours.n})`,
          ].join(' · '),
        }))}
      />
    </ChartBlock>
  );
}

function CourseTables({ metrics }: { metrics: TCertificateMetrics }) {
  return (
    <>
      <SubHeading>Completion per course</SubHeading>
      <DataTable
        columns={[
          { header: '#', width: 14, align: 'right' },
          { header: 'Course' },
          { header: 'Est.', width: 30, align: 'right' },
          { header: 'Enrolled', width: 40, align: 'right' },
          { header: 'Passed', width: 36, align: 'right' },
          { header: 'Completion (95 % CI), n', width: 112 },
          { header: 'Paid completion (95 % CI), n', width: 112 },
        ]}
        rows={metrics.courses.map((course) => ({
          key: course.courseId,
          cells: [
            String(course.position),
            course.name,
            formatHours(course.estimatedHours),
            formatCount(course.enrolled),
            formatCount(course.completers),
            formatRateWithN(course.completion),
            formatRateWithN(course.paidCompletion),
          ],
        }))}
      />
      <SubHeading>Time to completion, workload and credential eligibility per course</SubHeading>
      <DataTable
        columns={[
          { header: '#', width: 14, align: 'right' },
          { header: 'Course' },
          { header: 'Days to complete, median [Q1–Q3]', width: 95 },
          { header: 'Reported hours, median [Q1–Q3]', width: 95 },
          { header: 'Observed hours, median [Q1–Q3]', width: 95 },
          { header: 'Credential eligibility', width: 88 },
        ]}
        rows={metrics.courses.map((course) => ({
          key: course.courseId,
          cells: [
            String(course.position),
            course.name,
            formatQuartiles(course.timeToCompletionDays, 'd', 0),
            formatQuartiles(course.workload.reportedHours, 'h'),
            formatQuartiles(course.workload.observedHours, 'h'),
            formatRateWithN(course.credentialEligibility),
          ],
        }))}
      />
    </>
  );
}

export function CertificateFigures({ metrics }: { metrics: TCertificateMetrics }) {
  return (
    <>
      <KeyFigures metrics={metrics} />
      <CompletionChart metrics={metrics} />
      <FunnelChart metrics={metrics} />
      <CourseTables metrics={metrics} />
      <StarChart metrics={metrics} />
      <NpsChart metrics={metrics} />
      <WorkloadChart metrics={metrics} />
    </>
  );
}
