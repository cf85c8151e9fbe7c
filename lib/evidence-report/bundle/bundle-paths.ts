// Names inside the bundle. Each evidence revision's content becomes one file whose SHA-256 is the
// one recorded for it: the uploaded file itself, a link as its URL text, frozen figures as their
// JSON text. Paths are built from ids and a reduced form of the uploader's file name, so an entry
// can never climb out of the folder it is extracted into (no "..", no absolute paths).
import type { EvidenceKind } from '@/lib/db/generated/sqlite/enums';

export const PDF_PATH = 'report.pdf';
export const MANIFEST_PATH = 'manifest.json';
export const INPUTS_PATH = 'inputs.json';
export const README_PATH = 'README.txt';
export const CHECKSUMS_PATH = 'SHA256SUMS';
export const EVIDENCE_CSV_PATH = 'evidence.csv';

const MAX_SEGMENT_LENGTH = 80;

/** Letters, digits, dot, dash and underscore only; never empty, never only dots. */
export function toSafePathSegment(text: string, fallback: string): string {
  const reduced = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-MAX_SEGMENT_LENGTH);
  return /[A-Za-z0-9]/.test(reduced) ? reduced : fallback;
}

/** "fibaa-23-016" from "FIBAA" and "23/016": lower case, runs of other characters as one dash. */
export function toFileStem(...parts: string[]): string {
  const stem = parts
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem.length > 0 ? stem.slice(0, 80) : 'report';
}

export function buildFiguresPath(certificateSlug: string): string {
  return `figures/${toSafePathSegment(certificateSlug, 'certificate')}.json`;
}

export type TEvidencePathInput = {
  procedureStem: string;
  conditionNumber: number;
  evidenceId: string;
  revision: number;
  kind: EvidenceKind;
  fileName: string | null;
};

export function buildEvidencePath(input: TEvidencePathInput): string {
  const folder = `evidence/${toSafePathSegment(input.procedureStem, 'procedure')}/condition-${input.conditionNumber}/${toSafePathSegment(input.evidenceId, 'evidence')}`;
  const name = (() => {
    switch (input.kind) {
      case 'FILE':
        return toSafePathSegment(input.fileName ?? '', 'file');
      case 'LINK':
        return 'link.txt';
      case 'METRIC_SNAPSHOT':
        return 'metric-snapshot.json';
      case 'CONTROL_LOOP':
        return 'control-loop.json';
    }
  })();
  return `${folder}/r${input.revision}-${name}`;
}
