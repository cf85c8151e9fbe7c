// The one generator behind `certqa evidence`, the download button and the API route: reads the
// report's inputs through the actor's scope, computes the manifest of inputs and its hash, and
// renders the PDF with that hash in every footer. Subjects outside the scope are a NotFoundError.
import type { TActor } from '@/lib/auth/actor';
import { getNow } from '@/lib/clock';
import { sha256Hex } from './canonical-json';
import { collectReportData } from './collect/collect-report-data';
import { buildManifestInputs, digestManifestInputs, type TManifestInputs } from './manifest/manifest-inputs';
import { renderEvidenceReportPdf } from './pdf/render-evidence-report-pdf';
import { recordEvidenceExport } from './record-export';
import type { TEvidenceReportData } from './report-data';
import { resolveReportSubject, type TSubjectQuery } from './resolve-subject';

export type TEvidenceReport = {
  data: TEvidenceReportData;
  inputs: TManifestInputs;
  /** Canonical JSON of the inputs (inputs.json in the bundle). */
  inputsJson: string;
  inputsSha256: string;
  pdf: Buffer;
  pdfSha256: string;
  generatedAt: Date;
  generatedBy: string;
  /** "evidence-report-fibaa-23-016": for file names of the PDF and the bundle. */
  fileStem: string;
};

export function describeGenerator(actor: TActor): string {
  return actor.userId === 'system' ? 'the local operator (CLI)' : `${actor.name} <${actor.email}>`;
}

/** Reads the inputs and computes their manifest, without rendering: what verification compares. */
export async function computeReportInputs(actor: TActor, query: TSubjectQuery, procedureIds?: readonly string[]) {
  const subject = await resolveReportSubject(actor, query);
  const data = await collectReportData(actor, subject, { procedureIds });
  const inputs = buildManifestInputs(data);
  return { data, inputs, ...digestManifestInputs(inputs) };
}

/**
 * Generates the PDF. `record: false` leaves the audit log alone for callers that record the export
 * themselves (the bundle records one entry for the whole ZIP).
 */
export async function generateEvidenceReport(actor: TActor, query: TSubjectQuery, options: { record?: boolean } = {}): Promise<TEvidenceReport> {
  const { data, inputs, json, sha256 } = await computeReportInputs(actor, query);
  const generatedAt = getNow();
  const generatedBy = describeGenerator(actor);
  const pdf = await renderEvidenceReportPdf(data, inputs, { inputsSha256: sha256, generatedAt, generatedBy });
  const pdfSha256 = sha256Hex(pdf);
  if (options.record !== false) await recordEvidenceExport(actor, data, { format: 'pdf', inputsSha256: sha256, pdfSha256 });
  return {
    data,
    inputs,
    inputsJson: json,
    inputsSha256: sha256,
    pdf,
    pdfSha256,
    generatedAt,
    generatedBy,
    fileStem: `evidence-report-${data.subject.fileStem}`,
  };
}
