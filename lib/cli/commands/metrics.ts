import { parseArgs } from 'node:util';
import type { TActor } from '@/lib/auth/actor';
import { loadActor } from '@/lib/auth/authenticate';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { CliError } from '../cli-error';

/**
 * `metrics <certificate-slug> [--json] [--as <email>]`: the certificate's figures, as the JSON API
 * gives them. Without --as it reads as a quality manager of the certificate's platform.
 */
export async function metricsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, as: { type: 'string' } } });
  const slug = positionals[0];
  if (!slug) throw new CliError('usage: metrics <certificate-slug> [--json] [--as <email>]', 2);
  const db = getDb();
  let actor: TActor | null = null;
  if (values.as) {
    const user = await db.user.findUnique({ where: { email: values.as.toLowerCase() } });
    actor = user ? await loadActor(db, user.id) : null;
    if (!actor) throw new CliError(`no active user ${values.as}`, 2);
  } else {
    // The local operator reads with the rights of a quality manager of the certificate's platform.
    const certificate = await db.certificate.findUnique({ where: { slug } });
    if (!certificate) throw new CliError(`no certificate "${slug}"`, 1);
    actor = { ...SYSTEM_ACTOR, role: 'QUALITY_MANAGER', organisationId: certificate.platformOrganisationId };
  }
  try {
    const metrics = await getCertificateMetrics(actor, slug);
    if (values.json) {
      console.log(JSON.stringify(metrics, null, 2));
      return;
    }
    const percent = (value: number | null) => (value === null ? 'suppressed' : `${(100 * value).toFixed(1)} %`);
    console.log(
      `${metrics.certificate.name}: ${metrics.certificateEnrolled ?? 'suppressed'} enrolled, ${metrics.certificateCompleters ?? 'suppressed'} completed all courses`,
    );
    for (const course of metrics.courses) {
      console.log(
        `  ${String(course.position).padStart(2)}. ${course.name.padEnd(60)} enrolled ${String(course.enrolled ?? '—').padStart(6)}  completion ${percent(course.completionRate).padStart(10)}  paid ${percent(course.paidCompletion.value).padStart(10)}  STAR ${course.star.mean?.toFixed(2) ?? '—'} (n ${course.star.n})`,
      );
    }
  } catch (error) {
    if (error instanceof NotFoundError) throw new CliError(`no certificate "${slug}" in scope`, 1);
    throw error;
  }
}
