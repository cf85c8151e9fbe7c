// Recomputes one certificate's summary after its definition changed (courses added, removed or
// reordered), so the dashboard never shows a funnel of an earlier definition.
import { openBulkSession } from '@/lib/db/bulk/open-bulk-session';
import { getDatabaseUrl } from '@/lib/env';
import { computeCertificateSummary } from './compute-certificate-summaries';

export async function refreshCertificateSummary(certificateId: string): Promise<void> {
  const session = await openBulkSession(getDatabaseUrl());
  try {
    await computeCertificateSummary(session, certificateId, new Date());
    await session.commit();
  } catch (error) {
    await session.rollback();
    throw error;
  } finally {
    await session.close();
  }
}
