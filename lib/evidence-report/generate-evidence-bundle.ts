// The bundle as the CLI and the API route make it: the report generated once, its evidence checked
// against the recorded hashes, then one audit entry for the export before the archive is streamed.
import type { TActor } from '@/lib/auth/actor';
import { buildEvidenceBundle, type TEvidenceBundle } from './bundle/build-evidence-bundle';
import { generateEvidenceReport, type TEvidenceReport } from './generate-evidence-report';
import { recordEvidenceExport } from './record-export';
import type { TSubjectQuery } from './resolve-subject';

export async function generateEvidenceBundle(actor: TActor, query: TSubjectQuery): Promise<TEvidenceBundle & { report: TEvidenceReport }> {
  const report = await generateEvidenceReport(actor, query, { record: false });
  const bundle = await buildEvidenceBundle(report);
  await recordEvidenceExport(actor, report.data, { format: 'zip', inputsSha256: report.inputsSha256, pdfSha256: report.pdfSha256 });
  return { ...bundle, report };
}
