// Key figures of every certificate in scope for the overview, from summary tables only:
// certificate enrolment, completion of the courses (pooled over courses), paid completion, star
// rating and its monthly trend, each with n, suppression and a traffic light against the targets.
import type { TActor } from '@/lib/auth/actor';
import { certificateScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { applyMinimumGroupSize } from './stats/suppress-small-n';
import { computeLight, getTargets, type TLight } from './targets';

export type TKeyFigure = { value: number | null; n: number; suppressed: string | null; light: TLight };

export type TCertificateOverview = {
  slug: string;
  name: string;
  contentPartnerName: string;
  enrolled: number | null;
  completion: TKeyFigure;
  paidCompletion: TKeyFigure;
  star: TKeyFigure;
  /** Monthly mean star rating over the certificate's courses (months with at least k ratings). */
  starTrend: { month: string; mean: number }[];
};

function figure(numerator: number, n: number, k: number, target: { green: number; amber: number }, noun = 'learners'): TKeyFigure {
  const guarded = applyMinimumGroupSize(numerator / Math.max(n, 1), n, k, noun);
  return { value: guarded.value, n, suppressed: guarded.suppressed, light: computeLight(guarded.value, target) };
}

export async function listCertificateOverviews(actor: TActor, k: number = env.CERTQA_MIN_GROUP_SIZE): Promise<TCertificateOverview[]> {
  const db = getDb();
  const certificates = await db.certificate.findMany({
    where: certificateScope(actor),
    include: { contentPartnerOrganisation: true, courses: { include: { course: { select: { courseraCourseId: true } } } } },
    orderBy: { name: 'asc' },
  });
  const allCourseIds = [
    ...new Set(certificates.flatMap((certificate) => certificate.courses.flatMap((row) => (row.course.courseraCourseId ? [row.course.courseraCourseId] : [])))),
  ];
  const [summaries, completions, ratings, months] = await Promise.all([
    db.summaryCertificate.findMany({ where: { certificate_id: { in: certificates.map((certificate) => certificate.id) } } }),
    db.summaryCourseCompletion.findMany({ where: { course_id: { in: allCourseIds } } }),
    db.summaryCourseRating.findMany({ where: { course_id: { in: allCourseIds }, feedback_system: 'STAR' } }),
    db.summaryCourseRatingMonth.findMany({ where: { course_id: { in: allCourseIds } }, orderBy: { month: 'asc' } }),
  ]);
  const targets = getTargets();
  return certificates.map((certificate) => {
    const ids = new Set(certificate.courses.flatMap((row) => (row.course.courseraCourseId ? [row.course.courseraCourseId] : [])));
    const courseRows = completions.filter((row) => ids.has(row.course_id));
    const sum = (pick: (row: (typeof courseRows)[number]) => number) => courseRows.reduce((total, row) => total + pick(row), 0);
    const starRows = ratings.filter((row) => ids.has(row.course_id));
    const starN = starRows.reduce((total, row) => total + row.n, 0);
    const starSum = starRows.reduce((total, row) => total + row.n * row.rating, 0);
    const star = applyMinimumGroupSize(starSum / Math.max(starN, 1), starN, k, 'respondents');
    const byMonth = new Map<string, { n: number; sum: number }>();
    for (const row of months.filter((entry) => ids.has(entry.course_id))) {
      const entry = byMonth.get(row.month) ?? { n: 0, sum: 0 };
      byMonth.set(row.month, { n: entry.n + row.n, sum: entry.sum + row.rating_sum });
    }
    const summary = summaries.find((row) => row.certificate_id === certificate.id);
    return {
      slug: certificate.slug,
      name: certificate.name,
      contentPartnerName: certificate.contentPartnerOrganisation.name,
      enrolled: summary && summary.enrolled >= k ? summary.enrolled : null,
      // Pooled over the certificate's courses: all completions over all course enrolments.
      completion: figure(
        sum((row) => row.completers),
        sum((row) => row.enrolled),
        k,
        targets.completionRate,
      ),
      paidCompletion: figure(
        sum((row) => row.paying_completers),
        sum((row) => row.paying),
        k,
        targets.paidCompletionRate,
      ),
      star: { value: star.value, n: starN, suppressed: star.suppressed, light: computeLight(star.value, targets.starMean) },
      starTrend: [...byMonth]
        .filter(([, entry]) => entry.n >= k)
        .slice(-12)
        .map(([month, entry]) => ({ month, mean: entry.sum / entry.n })),
    };
  });
}
