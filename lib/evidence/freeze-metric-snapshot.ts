// A metric snapshot is the certificate's figures as the dashboard showed them at one moment, kept
// verbatim: the metrics DTO with its definitions version and the imports it was computed from. The
// stored text is what the SHA-256 covers, so a later reader can check that nothing was edited.
import { createHash } from 'node:crypto';
import type { TActor } from '@/lib/auth/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { getCertificateMetrics, type TCertificateMetrics } from '@/lib/metrics/queries';

export type TMetricSnapshot = { frozenAt: string; metrics: TCertificateMetrics };

export type TFrozenMetricSnapshot = { json: string; sha256: string; definitionsVersion: string; importIds: string[] };

export async function freezeMetricSnapshot(actor: TActor, certificateSlug: string, now: Date): Promise<TFrozenMetricSnapshot> {
  let metrics: TCertificateMetrics;
  try {
    metrics = await getCertificateMetrics(actor, certificateSlug);
  } catch (error) {
    // The item is visible but its certificate is not (assigned across partners): the figures stay private.
    if (error instanceof NotFoundError) throw new ForbiddenError("You cannot see this certificate's figures, so you cannot freeze them");
    throw error;
  }
  if (metrics.imports.length === 0) throw new ValidationError('No export has been imported for this certificate yet; there are no figures to freeze.');
  const snapshot: TMetricSnapshot = { frozenAt: now.toISOString(), metrics };
  const json = JSON.stringify(snapshot);
  return {
    json,
    sha256: createHash('sha256').update(json).digest('hex'),
    definitionsVersion: metrics.definitionsVersion,
    importIds: metrics.imports.map((entry) => entry.importId),
  };
}
