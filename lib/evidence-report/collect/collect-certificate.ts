// One certificate as the report shows it. The figures are the metrics DTO of the JSON API
// (getCertificateMetrics) as they are; the ECTS ledger and its consistency flags come from the
// certificate definition (getCertificateBySlug); loops and comments from their own queries. All of
// them apply the actor's scope, so a certificate outside it is not found.
import type { TActor } from '@/lib/auth/actor';
import { getCertificateBySlug } from '@/lib/certificates/queries';
import { listCertificateComments } from '@/lib/comments/queries';
import { getControlLoop, listControlLoops } from '@/lib/control-loops/queries';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { COMMENTS_PER_COURSE } from '@/lib/metrics/summary-steps';
import { sha256Hex } from '../canonical-json';
import type { TReportCertificate, TReportControlLoop } from '../report-data';

async function collectControlLoops(actor: TActor, slug: string): Promise<TReportControlLoop[]> {
  const { loops } = await listControlLoops(actor, slug);
  // Oldest first, so the report reads as the loops were run; ids break ties of equal times.
  const ordered = [...loops].sort((a, b) => a.baselineFrozenAt.getTime() - b.baselineFrozenAt.getTime() || (a.id < b.id ? -1 : 1));
  const details = [];
  for (const summary of ordered) {
    const loop = await getControlLoop(actor, slug, summary.id);
    details.push({
      id: loop.id,
      title: loop.title,
      status: loop.status,
      conditionNumber: loop.condition?.number ?? null,
      baselineWaveName: loop.baselineWave.name,
      baselineSha256: loop.baselineSha256,
      baselineFrozenAt: loop.baselineFrozenAt,
      baselineResponseCount: loop.baseline.responseCount,
      baselineCourses: loop.baseline.courses,
      followUpWaveName: loop.followUpWave?.name ?? null,
      followUpSha256: loop.followUpSha256,
      followUpFrozenAt: loop.followUpFrozenAt,
      followUpResponseCount: loop.followUp?.responseCount ?? null,
      followUpCourses: loop.followUp?.courses ?? [],
      comparisonSha256: loop.comparison ? sha256Hex(loop.comparison) : null,
      comparisonRule: loop.comparisonResult?.rule ?? null,
      comparison: loop.comparisonResult?.courses ?? [],
      measures: loop.measures.map((measure) => ({
        title: measure.title,
        ownerName: measure.ownerUser ? `${measure.ownerUser.name} (${measure.ownerOrganisation.name})` : measure.ownerOrganisation.name,
        dueOn: measure.dueOn,
        status: measure.status,
        expectedEffect: measure.expectedEffect,
      })),
      closedAt: loop.closedAt,
      closingNote: loop.closingNote,
    });
  }
  return details;
}

export async function collectCertificate(actor: TActor, slug: string): Promise<TReportCertificate> {
  const [metrics, detail] = await Promise.all([getCertificateMetrics(actor, slug), getCertificateBySlug(actor, slug)]);
  // Every comment the summary keeps, so quality managers and readers see the same released set.
  const { comments } = await listCertificateComments(actor, slug, COMMENTS_PER_COURSE);
  return {
    slug: detail.slug,
    name: detail.name,
    contentPartner: detail.contentPartnerName,
    metrics,
    definition: {
      statedTotalHours: detail.statedTotalHours,
      statedExactCredits: detail.statedExactCredits,
      eqfLevel: detail.eqfLevel,
      intendedDurationMonthsMin: detail.intendedDurationMonthsMin,
      intendedDurationMonthsMax: detail.intendedDurationMonthsMax,
      rulesFrom: detail.rulesFrom?.label ?? null,
    },
    rules: detail.rules,
    ledger: detail.ledger,
    courseHourConflicts: detail.courseHourConflicts,
    controlLoops: await collectControlLoops(actor, slug),
    comments: comments
      .filter((comment) => comment.decision === 'RELEASED')
      .map(({ key, courseName, system, text, at }) => ({ key, courseName, system, text, at })),
  };
}
