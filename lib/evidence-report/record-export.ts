// Every export is part of the record, whoever makes it: one audit entry, in its own transaction,
// naming what was exported and the manifest hash it carries, so an export can later be matched to
// the log. (For auditors this is the same entry recordAuditorView would write, plus the hashes.)
import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import type { TEvidenceReportData } from './report-data';

export const EXPORT_ACTION = 'evidence-report.export';

/** What was exported: the PDF alone or the bundle holding it; the PDF's hash identifies either. */
export type TExportRecord = { format: 'pdf' | 'zip'; inputsSha256: string; pdfSha256: string };

export async function recordEvidenceExport(actor: TActor, data: TEvidenceReportData, record: TExportRecord): Promise<void> {
  const isProcedure = data.subject.kind === 'procedure';
  const certificateId = isProcedure ? null : (data.certificates[0]?.metrics.certificate.id ?? null);
  await getDb().$transaction((tx) =>
    recordAudit(tx, actor, {
      action: EXPORT_ACTION,
      entityType: isProcedure ? 'AccreditationProcedure' : 'Certificate',
      entityId: isProcedure ? data.subject.id : (certificateId ?? data.subject.id),
      procedureId: isProcedure ? data.subject.id : null,
      certificateId,
      after: { subject: data.subject.label, view: data.view.scope, ...record },
    }),
  );
}
