// The manifest of inputs: everything a report's content follows from, as data. Its canonical JSON
// is hashed, and that hash is what the PDF's footer names. It holds no generation time and nothing
// derived from "now" (an evidence state such as "expired" is read from the stored dates instead), so
// generating again from the same stored inputs gives the same manifest. The PDF's own hash cannot
// be part of it (the PDF shows this hash); the bundle's manifest.json carries it beside.
import type { TEctsLedger, TEctsRules } from '@/lib/certificates/ects-ledger';
import type { TCertificateMetrics } from '@/lib/metrics/queries';
import { sha256Hex, toCanonicalJson } from '../canonical-json';
import type { TEvidenceReportData, TReportSubjectKind, TReportView } from '../report-data';

export const INPUTS_FORMAT = 'certqa-evidence-inputs/1';

export type TManifestEvidence = {
  id: string;
  kind: string;
  title: string;
  status: string;
  effectiveOn: string;
  expiresOn: string | null;
  reviewedAt: string | null;
  revision: number;
  revisionCount: number;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  url: string | null;
  sha256: string;
  uploadedAt: string;
  bundlePath: string;
};

export type TManifestInputs = {
  format: typeof INPUTS_FORMAT;
  subject: { kind: TReportSubjectKind; id: string; label: string };
  view: TReportView;
  definitionsVersion: string;
  minimumGroupSize: number;
  procedures: {
    id: string;
    agency: string;
    projectNumber: string;
    type: string;
    decision: string | null;
    committeeMeetingOn: string | null;
    certificationFrom: string | null;
    certificationUntil: string | null;
    proofOfConditionsDueOn: string | null;
    rules: TEctsRules;
    certificates: string[];
    conditions: {
      number: number;
      chapter: string;
      criterion: string;
      isAsteriskCriterion: boolean;
      text: string;
      status: string;
      dueOn: string | null;
      decisions: { decision: string; decidedOn: string; meeting: string | null; note: string | null; extendedUntil: string | null }[];
      checklist: {
        id: string;
        title: string;
        certificate: string | null;
        course: string | null;
        assignee: string;
        status: string;
        dueOn: string | null;
        evidence: TManifestEvidence[];
      }[];
    }[];
    recommendations: { position: number; chapter: string; text: string; status: string }[];
    qualityProfile: { criterionCode: string; criterionTitle: string; isAsterisk: boolean; rating: string; note: string | null }[];
  }[];
  certificates: {
    slug: string;
    name: string;
    /** SHA-256 of the figures' canonical JSON (figures/<slug>.json in the bundle). */
    figuresSha256: string;
    definition: TEvidenceReportData['certificates'][number]['definition'];
    rules: TEctsRules;
    ledger: TEctsLedger;
    courseHourConflicts: TEvidenceReportData['certificates'][number]['courseHourConflicts'];
    controlLoops: {
      id: string;
      title: string;
      status: string;
      baselineSha256: string;
      followUpSha256: string | null;
      comparisonSha256: string | null;
      closedAt: string | null;
      measures: { title: string; owner: string; dueOn: string; status: string }[];
    }[];
    /** Keys of the learner comments shown (a key hashes the comment's text and origin). */
    releasedComments: string[];
  }[];
  imports: {
    id: string;
    sourceName: string;
    contentSha256: string;
    snapshotAt: string | null;
    rowCount: number;
    files: { fileName: string; sha256: string; rowCount: number }[];
  }[];
};

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

/**
 * The figures as hashed and shipped: the metrics DTO without `computedAt` (when the summaries were
 * last computed says nothing about what they are), with the lists whose order the DTO leaves open
 * (imports; hot spots of equal share) put in a fixed order.
 */
export function computeFiguresJson(metrics: TCertificateMetrics): string {
  const { computedAt: _computedAt, ...figures } = metrics;
  return toCanonicalJson({
    ...figures,
    imports: [...figures.imports].sort((a, b) => (a.importId < b.importId ? -1 : 1)),
    courses: figures.courses.map((course) => ({
      ...course,
      hotSpots: [...course.hotSpots].sort((a, b) => (b.dislikeShare ?? -1) - (a.dislikeShare ?? -1) || b.flags - a.flags || (a.itemId < b.itemId ? -1 : 1)),
    })),
  });
}

export function buildManifestInputs(data: TEvidenceReportData): TManifestInputs {
  return {
    format: INPUTS_FORMAT,
    subject: { kind: data.subject.kind, id: data.subject.id, label: data.subject.label },
    view: data.view,
    definitionsVersion: data.definitionsVersion,
    minimumGroupSize: data.minimumGroupSize,
    procedures: data.procedures.map((procedure) => ({
      id: procedure.id,
      agency: procedure.agencyName,
      projectNumber: procedure.projectNumber,
      type: procedure.type,
      decision: procedure.decision,
      committeeMeetingOn: iso(procedure.committeeMeetingOn),
      certificationFrom: iso(procedure.certificationFrom),
      certificationUntil: iso(procedure.certificationUntil),
      proofOfConditionsDueOn: iso(procedure.proofOfConditionsDueOn),
      rules: procedure.rules,
      certificates: procedure.certificates.map((certificate) => certificate.slug),
      conditions: procedure.conditions.map((condition) => ({
        number: condition.number,
        chapter: condition.chapter,
        criterion: condition.criterion,
        isAsteriskCriterion: condition.isAsteriskCriterion,
        text: condition.text,
        status: condition.status,
        dueOn: iso(condition.dueOn),
        decisions: condition.decisions.map((decision) => ({
          decision: decision.decision,
          decidedOn: decision.decidedOn.toISOString(),
          meeting: decision.meeting,
          note: decision.note,
          extendedUntil: iso(decision.extendedUntil),
        })),
        checklist: condition.items.map((item) => ({
          id: item.id,
          title: item.title,
          certificate: item.certificateName,
          course: item.courseName,
          assignee: item.assigneeName,
          status: item.status,
          dueOn: iso(item.effectiveDueOn),
          evidence: item.evidence.map((evidence) => ({
            id: evidence.id,
            kind: evidence.kind,
            title: evidence.title,
            status: evidence.status,
            effectiveOn: evidence.effectiveOn.toISOString(),
            expiresOn: iso(evidence.expiresOn),
            reviewedAt: iso(evidence.reviewedAt),
            revision: evidence.revision.number,
            revisionCount: evidence.revision.revisionCount,
            fileName: evidence.revision.fileName,
            mediaType: evidence.revision.mediaType,
            sizeBytes: evidence.revision.sizeBytes,
            url: evidence.revision.url,
            sha256: evidence.revision.sha256,
            uploadedAt: evidence.revision.uploadedAt.toISOString(),
            bundlePath: evidence.bundlePath,
          })),
        })),
      })),
      recommendations: procedure.recommendations.map(({ position, chapter, text, status }) => ({ position, chapter, text, status })),
      qualityProfile: procedure.qualityProfile.map(({ criterionCode, criterionTitle, isAsterisk, rating, note }) => ({
        criterionCode,
        criterionTitle,
        isAsterisk,
        rating,
        note,
      })),
    })),
    certificates: data.certificates.map((certificate) => ({
      slug: certificate.slug,
      name: certificate.name,
      figuresSha256: sha256Hex(computeFiguresJson(certificate.metrics)),
      definition: certificate.definition,
      rules: certificate.rules,
      ledger: certificate.ledger,
      courseHourConflicts: certificate.courseHourConflicts,
      controlLoops: certificate.controlLoops.map((loop) => ({
        id: loop.id,
        title: loop.title,
        status: loop.status,
        baselineSha256: loop.baselineSha256,
        followUpSha256: loop.followUpSha256,
        comparisonSha256: loop.comparisonSha256,
        closedAt: iso(loop.closedAt),
        measures: loop.measures.map((measure) => ({
          title: measure.title,
          owner: measure.ownerName,
          dueOn: measure.dueOn.toISOString(),
          status: measure.status,
        })),
      })),
      releasedComments: certificate.comments.map((comment) => comment.key),
    })),
    imports: data.imports.map((entry) => ({
      id: entry.id,
      sourceName: entry.sourceName,
      contentSha256: entry.contentSha256,
      snapshotAt: iso(entry.snapshotAt),
      rowCount: entry.rowCount,
      files: entry.files.map(({ fileName, sha256, rowCount }) => ({ fileName, sha256, rowCount })),
    })),
  };
}

/** The inputs' canonical text and its SHA-256: the hash the PDF footer names. */
export function digestManifestInputs(inputs: TManifestInputs): { json: string; sha256: string } {
  const json = toCanonicalJson(inputs);
  return { json, sha256: sha256Hex(json) };
}
