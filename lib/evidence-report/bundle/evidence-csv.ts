// evidence.csv of a bundle: one line per piece of evidence, for auditors who work in a spreadsheet.
// Titles and file names are people's text and go through the inert-cell rule of csv.ts.
import type { TEvidenceReportData } from '../report-data';
import { toCsv } from './csv';

const HEADER = [
  'procedure',
  'condition',
  'checklist_item',
  'evidence_title',
  'kind',
  'status',
  'effective_on',
  'expires_on',
  'revision',
  'uploaded_at',
  'uploaded_by',
  'file_name',
  'size_bytes',
  'sha256',
  'bundle_path',
] as const;

export function buildEvidenceCsv(data: TEvidenceReportData): string {
  const day = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;
  const rows = data.procedures.flatMap((procedure) =>
    procedure.conditions.flatMap((condition) =>
      condition.items.flatMap((item) =>
        item.evidence.map((evidence) => [
          `${procedure.agencyName} ${procedure.projectNumber}`,
          condition.number,
          item.title,
          evidence.title,
          evidence.kind,
          evidence.state,
          day(evidence.effectiveOn),
          day(evidence.expiresOn),
          evidence.revision.number,
          evidence.revision.uploadedAt.toISOString(),
          evidence.revision.uploadedByName,
          evidence.revision.fileName ?? evidence.revision.url,
          evidence.revision.sizeBytes,
          evidence.revision.sha256,
          evidence.bundlePath,
        ]),
      ),
    ),
  );
  return toCsv(HEADER, rows);
}
