// The ZIP bundle: the PDF, every piece of evidence, the figures and inputs as JSON, the evidence
// list as CSV, a README and checksums, and manifest.json. Each evidence content is hashed before
// anything is written and must equal the SHA-256 recorded for it; a stored file that does not is
// reported and no bundle is made, because a bundle is a claim that its files are the recorded ones.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { openStoredEvidenceFile } from '@/lib/evidence/evidence-store';
import { sha256Hex } from '../canonical-json';
import type { TEvidenceReport } from '../generate-evidence-report';
import { computeFiguresJson } from '../manifest/manifest-inputs';
import type { TReportEvidence } from '../report-data';
import { BUNDLE_FORMAT, type TBundleFile, type TBundleManifest } from './bundle-manifest';
import { buildFiguresPath, CHECKSUMS_PATH, EVIDENCE_CSV_PATH, INPUTS_PATH, MANIFEST_PATH, PDF_PATH, README_PATH } from './bundle-paths';
import { buildEvidenceCsv } from './evidence-csv';
import { buildReadmeText } from './readme-text';

/** Stored evidence that no longer matches its recorded SHA-256 (changed or damaged on disk). */
export class EvidenceIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceIntegrityError';
  }
}

type TEntry = TBundleFile & ({ content: Buffer } | { storedName: string });

async function hashStoredFile(storedName: string): Promise<{ sha256: string; bytes: number }> {
  const { stream } = await openStoredEvidenceFile(storedName);
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function toEvidenceEntry(evidence: TReportEvidence): Promise<TEntry> {
  const { revision } = evidence;
  const describe = `evidence "${evidence.title}" (revision ${revision.number}, ${evidence.bundlePath})`;
  if (evidence.kind === 'FILE') {
    if (!revision.storedName) throw new EvidenceIntegrityError(`The file of ${describe} is not stored; no bundle was made.`);
    let stored: { sha256: string; bytes: number };
    try {
      stored = await hashStoredFile(revision.storedName);
    } catch (error) {
      throw new EvidenceIntegrityError(`The file of ${describe} cannot be read (${(error as Error).message}); no bundle was made.`);
    }
    if (stored.sha256 !== revision.sha256) {
      throw new EvidenceIntegrityError(`The stored file of ${describe} has SHA-256 ${stored.sha256}, not the recorded ${revision.sha256}; no bundle was made.`);
    }
    return { path: evidence.bundlePath, sha256: stored.sha256, bytes: stored.bytes, storedName: revision.storedName };
  }
  // Links are hashed as their URL text, frozen figures as their stored JSON text (UTF-8).
  const text = evidence.kind === 'LINK' ? revision.url : revision.snapshot;
  if (text === null) throw new EvidenceIntegrityError(`The content of ${describe} is missing; no bundle was made.`);
  const content = Buffer.from(text, 'utf8');
  const sha256 = sha256Hex(content);
  if (sha256 !== revision.sha256)
    throw new EvidenceIntegrityError(`The stored content of ${describe} has SHA-256 ${sha256}, not the recorded ${revision.sha256}; no bundle was made.`);
  return { path: evidence.bundlePath, sha256, bytes: content.length, content };
}

function bufferEntry(path: string, content: Buffer | string): TEntry {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { path, sha256: sha256Hex(buffer), bytes: buffer.length, content: buffer };
}

export type TEvidenceBundle = { manifest: TBundleManifest; stream: Readable; fileName: string };

export async function buildEvidenceBundle(report: TEvidenceReport): Promise<TEvidenceBundle> {
  const { data } = report;
  const evidence = data.procedures.flatMap((procedure) => procedure.conditions.flatMap((condition) => condition.items.flatMap((item) => item.evidence)));
  const evidenceEntries: TEntry[] = [];
  // One at a time: a bundle for a large procedure should not open hundreds of files at once.
  for (const entry of evidence) evidenceEntries.push(await toEvidenceEntry(entry));

  const entries: TEntry[] = [
    bufferEntry(PDF_PATH, report.pdf),
    bufferEntry(INPUTS_PATH, report.inputsJson),
    ...data.certificates.map((certificate) => bufferEntry(buildFiguresPath(certificate.slug), computeFiguresJson(certificate.metrics))),
    ...evidenceEntries,
    bufferEntry(EVIDENCE_CSV_PATH, buildEvidenceCsv(data)),
    bufferEntry(
      README_PATH,
      buildReadmeText({
        subjectLabel: data.subject.label,
        generatedAt: report.generatedAt,
        generatedBy: report.generatedBy,
        inputsSha256: report.inputsSha256,
      }),
    ),
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
  const checksums = entries.map((entry) => `${entry.sha256}  ${entry.path}\n`).join('');
  entries.push(bufferEntry(CHECKSUMS_PATH, checksums));
  entries.sort((a, b) => (a.path < b.path ? -1 : 1));

  const files = entries.map(({ path, sha256, bytes }) => ({ path, sha256, bytes }));
  const manifest: TBundleManifest = {
    format: BUNDLE_FORMAT,
    inputsSha256: report.inputsSha256,
    inputs: report.inputs,
    generatedAt: report.generatedAt.toISOString(),
    generatedBy: report.generatedBy,
    pdf: { path: PDF_PATH, sha256: report.pdfSha256, bytes: report.pdf.length },
    files,
  };

  // Every entry carries the generation time, so the archive's listing does not depend on when files were stored.
  const options = { mtime: report.generatedAt, mode: 0o100644 };
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), MANIFEST_PATH, options);
  for (const entry of entries) {
    if ('content' in entry) zip.addBuffer(entry.content, entry.path, options);
    else {
      const storedName = entry.storedName;
      zip.addReadStreamLazy(entry.path, { ...options, size: entry.bytes }, (callback) => {
        openStoredEvidenceFile(storedName).then(
          ({ stream }) => callback(null, stream),
          (error: Error) => callback(error, undefined as never),
        );
      });
    }
  }
  zip.end();
  return { manifest, stream: zip.outputStream as Readable, fileName: `${report.fileStem}.zip` };
}
