// Compares a follow-up wave with the baseline, course by course, and says in plain words whether
// the workload picture improved. A workload control loop aims at estimates that match what
// learners experience, so two signals count:
//
//   1. the share of respondents finding the workload higher than estimated, and
//   2. the distance between the median reported hours and the estimated hours (each wave against
//      the estimate stated when it was frozen, because restating the estimate is a legitimate
//      measure).
//
// The rule (COMPARISON_RULE, stored with every comparison): a signal is "better" when the share
// falls by at least 10 percentage points, or the distance shrinks by at least 10 % of the baseline
// estimate; "worse" when it moves as far the other way; otherwise it is steady. Improved = at least
// one signal better and none worse; worse = at least one worse and none better; unchanged = both
// steady, or one better and one worse (the explanation then names both). Thresholds rather than a
// significance test, because with survey groups of 5–30 respondents no test would ever fire and
// the loop would never learn anything; the n of both waves stands beside every verdict instead.
// A course withheld (small n) or missing in either wave gets no verdict, with the reason.
import type { TCourseAnalysis, TWaveAnalysis } from './analyze-wave';

export const SHARE_HIGHER_THRESHOLD = 0.1;
export const GAP_THRESHOLD_OF_ESTIMATE = 0.1;
/** Guards the thresholds against binary fractions (0.6 − 0.5 = 0.0999…). */
const EPSILON = 1e-9;

export const COMPARISON_RULE =
  'Improved when, without the other signal getting worse, the share finding the workload higher than estimated falls by at least 10 percentage points or the median reported hours move at least 10 % of the estimate closer to it; worse when either moves as far the other way without the other improving; unchanged otherwise. Courses withheld for small n in either wave get no verdict.';

export type TVerdict = 'IMPROVED' | 'UNCHANGED' | 'WORSE';

export type TWaveSide = {
  n: number;
  estimatedHours: number;
  median: number | null;
  shareHigher: number | null;
  suppressed: string | null;
};

export type TCourseComparison = {
  courseId: string;
  name: string;
  position: number;
  /** Null when the course was not part of the certificate when that wave was frozen. */
  baseline: TWaveSide | null;
  followUp: TWaveSide | null;
  /** Follow-up minus baseline, in hours; null when either figure is withheld. */
  medianChange: number | null;
  /** Follow-up minus baseline, as a fraction (−0.2 = 20 percentage points fewer). */
  shareHigherChange: number | null;
  /** Change of |median − estimated hours|, in hours; negative = closer to the estimate. */
  gapChange: number | null;
  verdict: TVerdict | null;
  explanation: string;
};

export type TWaveComparison = {
  schemaVersion: 1;
  rule: string;
  baselineWaveId: string;
  followUpWaveId: string;
  courses: TCourseComparison[];
  counts: { improved: number; unchanged: number; worse: number; notComparable: number };
};

type TSignal = 'better' | 'worse' | 'steady';

function classify(change: number, threshold: number): TSignal {
  if (change < -EPSILON && change <= -threshold + EPSILON) return 'better';
  if (change > EPSILON && change >= threshold - EPSILON) return 'worse';
  return 'steady';
}

const toSide = (course: TCourseAnalysis): TWaveSide => ({
  n: course.n,
  estimatedHours: course.estimatedHours,
  median: course.median,
  shareHigher: course.shareHigher,
  suppressed: course.suppressed,
});

const percent = (share: number) => `${Math.round(100 * share)} %`;
const hours = (value: number) => `${Number(value.toFixed(1))} h`;
const points = (change: number) => `${Math.abs(Math.round(100 * change))} percentage point${Math.abs(Math.round(100 * change)) === 1 ? '' : 's'}`;

/** An empty group is a different fact from a small one: nobody answered, or too few did. */
function describeMissing(wave: 'baseline' | 'follow-up', side: TWaveSide): string {
  if (side.n === 0) return `Not comparable: the ${wave} wave has no responses for this course.`;
  return `Not comparable: ${wave} withheld (${side.suppressed ?? 'no data'}).`;
}

export function compareCourse(courseId: string, name: string, position: number, baseline: TWaveSide | null, followUp: TWaveSide | null): TCourseComparison {
  const base = { courseId, name, position, baseline, followUp };
  const notComparable = (explanation: string): TCourseComparison => ({
    ...base,
    medianChange: null,
    shareHigherChange: null,
    gapChange: null,
    verdict: null,
    explanation,
  });
  if (!baseline) return notComparable('Not comparable: the course was not part of the certificate at the baseline.');
  if (!followUp) return notComparable('Not comparable: the course is no longer part of the certificate at the follow-up.');
  if (baseline.median === null || baseline.shareHigher === null) return notComparable(describeMissing('baseline', baseline));
  if (followUp.median === null || followUp.shareHigher === null) return notComparable(describeMissing('follow-up', followUp));

  const shareHigherChange = followUp.shareHigher - baseline.shareHigher;
  const baselineGap = Math.abs(baseline.median - baseline.estimatedHours);
  const followUpGap = Math.abs(followUp.median - followUp.estimatedHours);
  const gapChange = followUpGap - baselineGap;
  const shareSignal = classify(shareHigherChange, SHARE_HIGHER_THRESHOLD);
  const gapSignal = classify(gapChange, GAP_THRESHOLD_OF_ESTIMATE * baseline.estimatedHours);
  const signals = [shareSignal, gapSignal];
  const verdict: TVerdict =
    signals.includes('better') && !signals.includes('worse') ? 'IMPROVED' : signals.includes('worse') && !signals.includes('better') ? 'WORSE' : 'UNCHANGED';

  const shareText =
    shareSignal === 'steady'
      ? `the share finding it higher than estimated stayed within 10 points (${percent(baseline.shareHigher)} → ${percent(followUp.shareHigher)})`
      : `${points(shareHigherChange)} ${shareSignal === 'better' ? 'fewer' : 'more'} respondents found it higher than estimated (${percent(baseline.shareHigher)} → ${percent(followUp.shareHigher)})`;
  const gapText =
    gapSignal === 'steady'
      ? `the median stayed about as far from the estimate (${hours(baselineGap)} → ${hours(followUpGap)} apart)`
      : `the median moved ${hours(Math.abs(gapChange))} ${gapSignal === 'better' ? 'closer to' : 'further from'} the estimate (${hours(baselineGap)} → ${hours(followUpGap)} apart)`;
  const label = verdict === 'IMPROVED' ? 'Improved' : verdict === 'WORSE' ? 'Worse' : signals.includes('better') ? 'Unchanged on balance' : 'Unchanged';
  return {
    ...base,
    medianChange: followUp.median - baseline.median,
    shareHigherChange,
    gapChange,
    verdict,
    explanation: `${label}: ${shareText}; ${gapText}.`,
  };
}

/** Courses in the follow-up's (current) certificate order, then any the certificate has since dropped. */
export function compareWaves(baseline: TWaveAnalysis, followUp: TWaveAnalysis): TWaveComparison {
  const baselineById = new Map(baseline.courses.map((course) => [course.courseId, course]));
  const followUpIds = new Set(followUp.courses.map((course) => course.courseId));
  const courses = [
    ...followUp.courses.map((course) => {
      const before = baselineById.get(course.courseId);
      return compareCourse(course.courseId, course.name, course.position, before ? toSide(before) : null, toSide(course));
    }),
    ...baseline.courses
      .filter((course) => !followUpIds.has(course.courseId))
      .map((course) => compareCourse(course.courseId, course.name, course.position, toSide(course), null)),
  ];
  return {
    schemaVersion: 1,
    rule: COMPARISON_RULE,
    baselineWaveId: baseline.wave.id,
    followUpWaveId: followUp.wave.id,
    courses,
    counts: {
      improved: courses.filter((course) => course.verdict === 'IMPROVED').length,
      unchanged: courses.filter((course) => course.verdict === 'UNCHANGED').length,
      worse: courses.filter((course) => course.verdict === 'WORSE').length,
      notComparable: courses.filter((course) => course.verdict === null).length,
    },
  };
}
