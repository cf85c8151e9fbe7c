// The analysis a control loop freezes for one workload-survey wave: per course of the certificate,
// in certificate order, the estimated hours as the certificate states them beside what respondents
// reported (quartiles of reported hours, share finding the workload higher or lower than
// estimated). Pure, so the figures frozen in a loop can be recomputed from the stored responses.
//
// Small-n rule (DESIGN.md): a course with fewer than k respondents keeps n and loses every other
// figure, with the reason. The withheld values are never computed into the snapshot, so a frozen
// analysis cannot leak them later, whatever k is then.
import { computeQuantiles } from '@/lib/metrics/stats/quantiles';
import { applyMinimumRespondentCount } from '@/lib/metrics/stats/suppress-small-n';

export type TWorkloadComparison = 'LOWER' | 'ABOUT_RIGHT' | 'HIGHER';

export type TWaveResponseInput = { courseraCourseId: string; reportedHours: number; comparison: TWorkloadComparison; submittedAt: Date };

/** A course as the certificate defines it (position and estimated hours for this certificate). */
export type TAnalysisCourseInput = { courseId: string; courseraCourseId: string | null; name: string; position: number; estimatedHours: number };

export type TCourseAnalysis = {
  courseId: string;
  courseraCourseId: string | null;
  name: string;
  position: number;
  estimatedHours: number;
  /** Respondents for this course in the wave; kept even when the figures are withheld. */
  n: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
  /** Fractions 0–1 of respondents answering "higher" / "lower" than estimated. */
  shareHigher: number | null;
  shareLower: number | null;
  suppressed: string | null;
};

export type TWaveAnalysis = {
  schemaVersion: 1;
  certificate: { id: string; slug: string; name: string };
  wave: { id: string; name: string; sourceName: string; sha256: string; importedAt: string };
  /** The k the small-n rule was applied with when the analysis was frozen. */
  minimumGroupSize: number;
  /** Responses of the wave for this certificate's courses (other courses are left out). */
  responseCount: number;
  /** First and last submission among those responses (ISO), the period the survey speaks for. */
  surveyedFrom: string | null;
  surveyedTo: string | null;
  courses: TCourseAnalysis[];
};

export type TAnalyzeWaveInput = {
  certificate: TWaveAnalysis['certificate'];
  wave: { id: string; name: string; sourceName: string; sha256: string; importedAt: Date };
  courses: readonly TAnalysisCourseInput[];
  responses: readonly TWaveResponseInput[];
  minimumGroupSize: number;
};

export function computeWaveAnalysis(input: TAnalyzeWaveInput): TWaveAnalysis {
  const courses = [...input.courses].sort((a, b) => a.position - b.position);
  const byCourse = new Map<string, TWaveResponseInput[]>();
  for (const response of input.responses) {
    const rows = byCourse.get(response.courseraCourseId) ?? [];
    rows.push(response);
    byCourse.set(response.courseraCourseId, rows);
  }
  const used = courses.flatMap((course) => (course.courseraCourseId ? (byCourse.get(course.courseraCourseId) ?? []) : []));
  const times = used.map((response) => response.submittedAt.getTime()).sort((a, b) => a - b);
  const first = times[0];
  const last = times[times.length - 1];
  return {
    schemaVersion: 1,
    certificate: { ...input.certificate },
    wave: { ...input.wave, importedAt: input.wave.importedAt.toISOString() },
    minimumGroupSize: input.minimumGroupSize,
    responseCount: used.length,
    surveyedFrom: first === undefined ? null : new Date(first).toISOString(),
    surveyedTo: last === undefined ? null : new Date(last).toISOString(),
    courses: courses.map((course) =>
      analyzeCourse(course, course.courseraCourseId ? (byCourse.get(course.courseraCourseId) ?? []) : [], input.minimumGroupSize),
    ),
  };
}

function analyzeCourse(course: TAnalysisCourseInput, responses: readonly TWaveResponseInput[], k: number): TCourseAnalysis {
  const base = {
    courseId: course.courseId,
    courseraCourseId: course.courseraCourseId,
    name: course.name,
    position: course.position,
    estimatedHours: course.estimatedHours,
  };
  const figure = applyMinimumRespondentCount(responses, responses.length, k);
  if (figure.value === null)
    return { ...base, n: figure.n, q1: null, median: null, q3: null, shareHigher: null, shareLower: null, suppressed: figure.suppressed };
  const quantiles = computeQuantiles(figure.value.map((response) => response.reportedHours));
  const share = (comparison: TWorkloadComparison) => figure.value.filter((response) => response.comparison === comparison).length / figure.n;
  return {
    ...base,
    n: figure.n,
    q1: quantiles?.q1 ?? null,
    median: quantiles?.median ?? null,
    q3: quantiles?.q3 ?? null,
    shareHigher: share('HIGHER'),
    shareLower: share('LOWER'),
    suppressed: null,
  };
}
