// Runs after an import's raw rows are loaded, in the same transaction: computes the summary
// tables that dashboards read, for the courses the import brought. The metric definitions and
// their SQL live in lib/metrics; this hook only calls them, so the importer needs no knowledge of them.
import type { TBulkSession } from '@/lib/db/bulk/bulk-session';
import { SUMMARY_STEPS, type TSummaryContext } from '@/lib/metrics/summary-steps';

export async function computeSummaries(session: TBulkSession, context: TSummaryContext): Promise<void> {
  for (const step of SUMMARY_STEPS) await step.compute(session, context);
}
