// The figures of one certificate, read from the summary tables only, with n, intervals and
// small-n suppression applied: the one DTO behind the dashboard, the JSON API and `certqa metrics`.
// Scope: the certificate must be visible to the actor (certificateScope), else NotFoundError.
import type { TActor } from '@/lib/auth/actor';
import { certificateScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { getDialect } from '@/lib/db/dialect';
import { env, getDatabaseUrl } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { summarizeReportedHours } from '@/lib/surveys/queries';
import { METRIC_DEFINITIONS_VERSION } from './definitions/metric-definitions';
import { buildHotSpotsSql } from './sql/hot-spots';
import { computeNps, type TNpsSummary } from './stats/nps';
import { computeStarSummary, type TStarValue } from './stats/star-rating';
import { applyMinimumGroupSize } from './stats/suppress-small-n';
import { computeWilsonInterval } from './stats/wilson-interval';

export const NPS_SYSTEMS = ['NPS_FIRST_WEEK', 'NPS_END_OF_COURSE'] as const;
export type TNpsSystem = (typeof NPS_SYSTEMS)[number];

type TInterval = { low: number; high: number } | null;

/** A rate with its numerator, denominator and 95 % Wilson interval; null values carry the reason. */
export type TRate = { value: number | null; numerator: number | null; n: number; interval: TInterval; suppressed: string | null };

export type TNpsFigure = {
  n: number;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  score: number | null;
  interval: TInterval;
  suppressed: string | null;
};

export type TCourseMetrics = {
  courseId: string;
  courseraCourseId: string | null;
  name: string;
  position: number;
  estimatedHours: number;
  enrolled: number | null;
  completers: number | null;
  completionRate: number | null;
  completion: TRate;
  paying: number | null;
  payingCompleters: number | null;
  paidCompletion: TRate;
  wasPayment: number | null;
  wasPaymentCompleters: number | null;
  wasPaymentCompletion: TRate;
  timeToCompletionDays: { n: number; q1: number | null; median: number | null; q3: number | null; suppressed: string | null };
  workload: {
    /** Hours as stated for this certificate. */
    estimatedHours: number;
    /** Sum of the items' time commitments of the course's original branch (bottom-up). */
    bottomUpHours: number | null;
    /** Observed time on task of completers (lower-bound proxy): quartiles in hours. */
    observedHours: { n: number; q1: number | null; median: number | null; q3: number | null; cutoffMinutes: number | null; suppressed: string | null };
    /** Reported hours from workload surveys: quartiles and the share reporting more than estimated. */
    reportedHours: { n: number; q1: number | null; median: number | null; q3: number | null; shareHigher: number | null; suppressed: string | null };
    itemsTotal: number | null;
  };
  credentialEligibility: TRate & { participationThreshold: number | null; achievementThreshold: number | null };
  star: {
    n: number;
    mean: number | null;
    meanInterval: TInterval;
    distribution: Record<TStarValue, number> | null;
    shareOfFive: number | null;
    monthly: { month: string; n: number; mean: number | null }[];
    suppressed: string | null;
  };
  nps: Record<TNpsSystem, TNpsFigure>;
  hotSpots: { itemId: string; name: string | null; n: number; likes: number; dislikes: number; dislikeShare: number | null; flags: number }[];
  /** Why the course has no figures at all, when it has none. */
  suppressed: string | null;
  source: { importId: string; snapshotAt: string | null } | null;
};

export type TCertificateMetrics = {
  certificate: { id: string; slug: string; name: string; contentPartner: string };
  definitionsVersion: string;
  minimumGroupSize: number;
  /** LINKED when every import behind the figures joins ratings to learners; ISOLATED when one does not. */
  anonymity: 'LINKED' | 'ISOLATED' | null;
  certificateEnrolled: number | null;
  certificateCompleters: number | null;
  certificateCompletion: TRate;
  funnel: {
    position: number;
    courseId: string;
    name: string;
    enrolled: number | null;
    passed: number | null;
    passedAllSoFar: number | null;
    suppressed: string | null;
  }[];
  courses: TCourseMetrics[];
  imports: { importId: string; sourceName: string; snapshotAt: string | null; contentSha256: string; finishedAt: string }[];
  computedAt: string | null;
};

function computeRate(numerator: number, n: number, k: number): TRate {
  const guarded = applyMinimumGroupSize(numerator, n, k);
  if (guarded.suppressed !== null) return { value: null, numerator: null, n, interval: null, suppressed: guarded.suppressed };
  return { value: numerator / n, numerator, n, interval: computeWilsonInterval(numerator, n), suppressed: null };
}

function toNpsFigure(summary: TNpsSummary, k: number): TNpsFigure {
  const guarded = applyMinimumGroupSize(summary.score, summary.n, k, 'respondents');
  if (guarded.suppressed !== null)
    return { n: summary.n, promoters: null, passives: null, detractors: null, score: null, interval: null, suppressed: guarded.suppressed };
  return { ...summary, suppressed: null };
}

/** A count shown only when its group (the enrolled learners) reaches k. */
function guardedCount(count: number, groupSize: number, k: number): number | null {
  return groupSize >= k ? count : null;
}

/** The last 24 months with STAR ratings of these courses (bounded however long the export reaches back). */
async function listRecentMonths(courseraIds: string[]) {
  const db = getDb();
  const latest = await db.summaryCourseRatingMonth.aggregate({ where: { course_id: { in: courseraIds } }, _max: { month: true } });
  const last = latest._max.month;
  if (!last) return [];
  const [year, month] = last.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - 23, 1)).toISOString().slice(0, 7);
  return db.summaryCourseRatingMonth.findMany({ where: { course_id: { in: courseraIds }, month: { gte: first } }, orderBy: { month: 'asc' } });
}

type THotSpotRow = { course_id: string; course_item_id: string; item_name: string | null; likes: number; dislikes: number; flags: number };

/** The ten hot spots per course: ranked once per import; ranked live only when k has changed since. */
async function listHotSpots(courseraIds: string[], k: number): Promise<THotSpotRow[]> {
  if (courseraIds.length === 0) return [];
  const db = getDb();
  const ranked = await db.summaryItemFeedback.findMany({
    where: { course_id: { in: courseraIds }, hot_spot_rank: { not: null } },
    orderBy: [{ course_id: 'asc' }, { hot_spot_rank: 'asc' }],
  });
  if (ranked.every((row) => row.hot_spot_k === k)) return ranked;
  return db.$queryRawUnsafe<THotSpotRow[]>(buildHotSpotsSql(getDialect(getDatabaseUrl()), courseraIds.length), k, ...courseraIds);
}

export async function getCertificateMetrics(actor: TActor, slug: string, k: number = env.CERTQA_MIN_GROUP_SIZE): Promise<TCertificateMetrics> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({
    where: { AND: [{ slug }, certificateScope(actor)] },
    include: { contentPartnerOrganisation: true, courses: { include: { course: true }, orderBy: { position: 'asc' } } },
  });
  if (!certificate) throw new NotFoundError('Certificate not found');

  const courseraIds = certificate.courses.flatMap((row) => (row.course.courseraCourseId ? [row.course.courseraCourseId] : []));
  const inCourses = { course_id: { in: courseraIds } };
  const [summary, completions, durations, ratings, months, items, currentImports, workloads] = await Promise.all([
    db.summaryCertificate.findUnique({ where: { certificate_id: certificate.id } }),
    db.summaryCourseCompletion.findMany({ where: inCourses }),
    db.summaryCourseTimeToCompletion.findMany({ where: inCourses }),
    db.summaryCourseRating.findMany({ where: inCourses }),
    listRecentMonths(courseraIds),
    listHotSpots(courseraIds, k),
    db.importCourse.findMany({ where: { courseraCourseId: { in: courseraIds }, isCurrent: true }, include: { import: true } }),
    db.summaryCourseWorkload.findMany({ where: inCourses }),
  ]);
  const reported = await summarizeReportedHours(certificate.platformOrganisationId, courseraIds);
  const importOf = new Map(currentImports.map((row) => [row.courseraCourseId, row.import]));

  const courses: TCourseMetrics[] = certificate.courses.map((row) => {
    const courseraId = row.course.courseraCourseId;
    const completion = completions.find((entry) => entry.course_id === courseraId);
    const enrolled = completion?.enrolled ?? 0;
    const courseSuppressed = courseraId === null ? 'no imported data for this course' : applyMinimumGroupSize(enrolled, enrolled, k).suppressed;
    const duration = durations.find((entry) => entry.course_id === courseraId);
    const durationGuard = applyMinimumGroupSize(duration?.median_days ?? null, duration?.n ?? 0, k, 'completers');
    const courseRatings = ratings.filter((entry) => entry.course_id === courseraId);
    const distributionOf = (system: string) =>
      new Map(courseRatings.filter((entry) => entry.feedback_system === system).map((entry) => [entry.rating, entry.n]));
    const star = computeStarSummary(distributionOf('STAR'));
    const starGuard = applyMinimumGroupSize(star.mean, star.n, k, 'respondents');
    const source = courseraId ? importOf.get(courseraId) : undefined;
    const workload = workloads.find((entry) => entry.course_id === courseraId);
    const observedGuard = applyMinimumGroupSize(workload?.observed_median_hours ?? null, workload?.observed_n ?? 0, k, 'completers');
    const eligibility = computeRate(workload?.eligible ?? 0, enrolled, k);
    return {
      courseId: courseraId ?? row.courseId,
      courseraCourseId: courseraId,
      name: row.course.name,
      position: row.position,
      estimatedHours: row.estimatedHours,
      enrolled: courseSuppressed === null ? enrolled : null,
      completers: guardedCount(completion?.completers ?? 0, enrolled, k),
      completionRate: computeRate(completion?.completers ?? 0, enrolled, k).value,
      completion: computeRate(completion?.completers ?? 0, enrolled, k),
      paying: guardedCount(completion?.paying ?? 0, enrolled, k),
      payingCompleters: guardedCount(completion?.paying_completers ?? 0, enrolled, k),
      paidCompletion: computeRate(completion?.paying_completers ?? 0, completion?.paying ?? 0, k),
      wasPayment: guardedCount(completion?.was_payment ?? 0, enrolled, k),
      wasPaymentCompleters: guardedCount(completion?.was_payment_completers ?? 0, enrolled, k),
      wasPaymentCompletion: computeRate(completion?.was_payment_completers ?? 0, completion?.was_payment ?? 0, k),
      timeToCompletionDays: {
        n: duration?.n ?? 0,
        q1: durationGuard.suppressed === null ? (duration?.q1_days ?? null) : null,
        median: durationGuard.suppressed === null ? (duration?.median_days ?? null) : null,
        q3: durationGuard.suppressed === null ? (duration?.q3_days ?? null) : null,
        suppressed: durationGuard.suppressed,
      },
      workload: {
        estimatedHours: row.estimatedHours,
        bottomUpHours: workload?.bottom_up_hours ?? null,
        observedHours: {
          n: workload?.observed_n ?? 0,
          q1: observedGuard.suppressed === null ? (workload?.observed_q1_hours ?? null) : null,
          median: observedGuard.suppressed === null ? (workload?.observed_median_hours ?? null) : null,
          q3: observedGuard.suppressed === null ? (workload?.observed_q3_hours ?? null) : null,
          cutoffMinutes: workload?.inactivity_cutoff_minutes ?? null,
          suppressed: observedGuard.suppressed,
        },
        reportedHours: (() => {
          const entry = courseraId ? reported.get(courseraId) : undefined;
          const guard = applyMinimumGroupSize(entry?.median ?? null, entry?.n ?? 0, k, 'respondents');
          return guard.suppressed === null && entry
            ? { n: entry.n, q1: entry.q1, median: entry.median, q3: entry.q3, shareHigher: entry.shareHigher, suppressed: null }
            : { n: entry?.n ?? 0, q1: null, median: null, q3: null, shareHigher: null, suppressed: guard.suppressed };
        })(),
        itemsTotal: workload?.items_total ?? null,
      },
      credentialEligibility: {
        ...eligibility,
        participationThreshold: workload?.participation_threshold ?? null,
        achievementThreshold: workload?.achievement_threshold ?? null,
      },
      star: {
        n: star.n,
        mean: starGuard.suppressed === null ? star.mean : null,
        meanInterval: starGuard.suppressed === null ? star.meanInterval : null,
        distribution: starGuard.suppressed === null ? star.distribution : null,
        shareOfFive: starGuard.suppressed === null ? star.shareOfFive : null,
        // The last 24 months: a trend, and a payload that does not grow with the export's time span.
        monthly: months
          .filter((entry) => entry.course_id === courseraId)
          .slice(-24)
          .map((entry) => ({ month: entry.month, n: entry.n, mean: entry.n >= k ? entry.rating_sum / entry.n : null })),
        suppressed: starGuard.suppressed,
      },
      nps: Object.fromEntries(NPS_SYSTEMS.map((system) => [system, toNpsFigure(computeNps(distributionOf(system)), k)])) as Record<TNpsSystem, TNpsFigure>,
      hotSpots: items
        .filter((entry) => entry.course_id === courseraId)
        .map((entry) => {
          const [likes, dislikes, flags] = [Number(entry.likes), Number(entry.dislikes), Number(entry.flags)];
          const n = likes + dislikes;
          return { itemId: entry.course_item_id, name: entry.item_name, n, likes, dislikes, dislikeShare: n >= k ? dislikes / n : null, flags };
        })
        .filter((entry) => entry.n >= k || entry.flags > 0)
        .sort((a, b) => (b.dislikeShare ?? -1) - (a.dislikeShare ?? -1) || b.flags - a.flags)
        .slice(0, 10),
      suppressed: courseSuppressed,
      source: source ? { importId: source.id, snapshotAt: source.snapshotAt?.toISOString() ?? null } : null,
    };
  });

  type TFunnelRow = { courseId: string; enrolled: number; passed: number; passedAllSoFar: number };
  const funnelRows = summary ? (JSON.parse(summary.funnel) as TFunnelRow[]) : [];
  const certificateEnrolled = summary?.enrolled ?? 0;
  const imports = [...new Map(currentImports.map((row) => [row.import.id, row.import])).values()];
  return {
    certificate: { id: certificate.id, slug: certificate.slug, name: certificate.name, contentPartner: certificate.contentPartnerOrganisation.name },
    definitionsVersion: METRIC_DEFINITIONS_VERSION,
    minimumGroupSize: k,
    anonymity: imports.length === 0 ? null : imports.some((entry) => entry.anonymity === 'ISOLATED') ? 'ISOLATED' : 'LINKED',
    certificateEnrolled: certificateEnrolled >= k ? certificateEnrolled : null,
    certificateCompleters: guardedCount(summary?.completers ?? 0, certificateEnrolled, k),
    certificateCompletion: computeRate(summary?.completers ?? 0, certificateEnrolled, k),
    funnel: certificate.courses.map((row, index) => {
      const step = funnelRows[index];
      const isShown = step !== undefined && step.enrolled >= k;
      return {
        position: row.position,
        courseId: row.course.courseraCourseId ?? row.courseId,
        name: row.course.name,
        enrolled: isShown ? step.enrolled : null,
        passed: isShown ? step.passed : null,
        passedAllSoFar: isShown ? step.passedAllSoFar : null,
        suppressed: isShown ? null : applyMinimumGroupSize(0, step?.enrolled ?? 0, k).suppressed,
      };
    }),
    courses,
    imports: imports.map((entry) => ({
      importId: entry.id,
      sourceName: entry.sourceName,
      snapshotAt: entry.snapshotAt?.toISOString() ?? null,
      contentSha256: entry.contentSha256,
      finishedAt: entry.finishedAt.toISOString(),
    })),
    computedAt: summary?.computed_at.toISOString() ?? null,
  };
}
