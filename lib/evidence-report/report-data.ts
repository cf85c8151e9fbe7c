// What one evidence report is made of, as read from the database through the actor's scope: the
// procedures with their conditions, checklist and evidence, the certificates with their figures
// (the metrics DTO, unchanged), ECTS ledger and control loops, and the imports behind the figures.
// The manifest, the PDF, the CSV and the bundle are all built from this one value.
import type { TCourseHourConflict } from '@/lib/certificates/course-hour-conflicts';
import type { TEctsLedger, TEctsRules } from '@/lib/certificates/ects-ledger';
import type { TEvidenceState } from '@/lib/conditions/evidence-state';
import type { TCourseAnalysis } from '@/lib/control-loops/analyze-wave';
import type { TCourseComparison } from '@/lib/control-loops/compare-waves';
import type {
  ChecklistItemStatus,
  CommitteeDecision,
  ConditionStatus,
  ControlLoopStatus,
  EvidenceKind,
  EvidenceStatus,
  MeasureStatus,
  QualityRating,
  RecommendationStatus,
} from '@/lib/db/generated/sqlite/enums';
import type { TCertificateMetrics } from '@/lib/metrics/queries';
import type { TTimelineEvent } from '@/lib/procedures/timeline';

export type TReportSubjectKind = 'procedure' | 'certificate';

export type TReportSubject = {
  kind: TReportSubjectKind;
  /** Procedure id or certificate slug. */
  id: string;
  /** "FIBAA 23/016" or the certificate's name. */
  label: string;
  /** Safe for file names: "fibaa-23-016", "ibm-data-science". */
  fileStem: string;
};

/**
 * Whose view the report shows. Quality managers and auditors see a procedure whole; a content
 * partner sees only its own certificates and the checklist items assigned to it. Recorded in the
 * manifest, so that a verification reads the same view again.
 */
export type TReportView = { scope: 'procedure' } | { scope: 'content-partner'; organisationId: string; organisationName: string };

export type TReportRevision = {
  number: number;
  /** How many revisions the evidence has; the report and the bundle carry the newest. */
  revisionCount: number;
  fileName: string | null;
  storedName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  url: string | null;
  /** Frozen figures (metric snapshot or control loop) as stored; what `sha256` was taken over. */
  snapshot: string | null;
  sha256: string;
  uploadedAt: Date;
  uploadedByName: string;
};

export type TReportEvidence = {
  id: string;
  kind: EvidenceKind;
  title: string;
  status: EvidenceStatus;
  /** Status as of the generation time: expired evidence reads as such. */
  state: Exclude<TEvidenceState, 'MISSING'>;
  effectiveOn: Date;
  expiresOn: Date | null;
  reviewedAt: Date | null;
  reviewedByName: string | null;
  revision: TReportRevision;
  /** Where the bundle holds the revision's content (file, link text or snapshot JSON). */
  bundlePath: string;
};

export type TReportChecklistItem = {
  id: string;
  title: string;
  certificateName: string | null;
  courseName: string | null;
  assigneeName: string;
  status: ChecklistItemStatus;
  effectiveDueOn: Date | null;
  evidenceState: TEvidenceState;
  evidence: TReportEvidence[];
};

export type TReportCondition = {
  id: string;
  number: number;
  chapter: string;
  criterion: string;
  isAsteriskCriterion: boolean;
  text: string;
  status: ConditionStatus;
  dueOn: Date | null;
  decisions: { decision: CommitteeDecision; decidedOn: Date; meeting: string | null; note: string | null; extendedUntil: Date | null }[];
  items: TReportChecklistItem[];
};

export type TReportProcedure = {
  id: string;
  agencyName: string;
  platformName: string;
  projectNumber: string;
  type: string;
  modeOfStudy: string | null;
  decision: string | null;
  committeeMeetingNumber: number | null;
  committeeMeetingOn: Date | null;
  certificationFrom: Date | null;
  certificationUntil: Date | null;
  proofOfConditionsDueOn: Date | null;
  rules: TEctsRules;
  timeline: TTimelineEvent[];
  certificates: { slug: string; name: string; contentPartner: string }[];
  conditions: TReportCondition[];
  recommendations: { position: number; chapter: string; text: string; status: RecommendationStatus }[];
  qualityProfile: { position: number; criterionCode: string; criterionTitle: string; isAsterisk: boolean; rating: QualityRating; note: string | null }[];
};

export type TReportControlLoop = {
  id: string;
  title: string;
  status: ControlLoopStatus;
  conditionNumber: number | null;
  baselineWaveName: string;
  baselineSha256: string;
  baselineFrozenAt: Date;
  baselineResponseCount: number;
  baselineCourses: TCourseAnalysis[];
  followUpWaveName: string | null;
  followUpSha256: string | null;
  followUpFrozenAt: Date | null;
  followUpResponseCount: number | null;
  /** SHA-256 of the stored comparison text, when there is one. */
  comparisonSha256: string | null;
  comparisonRule: string | null;
  comparison: TCourseComparison[];
  followUpCourses: TCourseAnalysis[];
  measures: { title: string; ownerName: string; dueOn: Date; status: MeasureStatus; expectedEffect: string }[];
  closedAt: Date | null;
  closingNote: string | null;
};

export type TReportComment = { key: string; courseName: string; system: string | null; text: string; at: Date | null };

export type TReportCertificate = {
  slug: string;
  name: string;
  contentPartner: string;
  /** The figures exactly as the JSON API gives them. */
  metrics: TCertificateMetrics;
  definition: {
    statedTotalHours: number | null;
    statedExactCredits: number | null;
    eqfLevel: number | null;
    intendedDurationMonthsMin: number | null;
    intendedDurationMonthsMax: number | null;
    rulesFrom: string | null;
  };
  rules: TEctsRules;
  ledger: TEctsLedger;
  courseHourConflicts: TCourseHourConflict[];
  controlLoops: TReportControlLoop[];
  /** Learner comments a quality manager released for display; never the withheld or unreviewed ones. */
  comments: TReportComment[];
};

export type TReportImport = {
  id: string;
  sourceName: string;
  contentSha256: string;
  snapshotAt: Date | null;
  finishedAt: Date;
  rowCount: number;
  anonymity: string;
  partnerPrefix: string;
  files: { fileName: string; tableName: string | null; sha256: string; bytes: number; rowCount: number; isLoaded: boolean }[];
};

export type TEvidenceReportData = {
  subject: TReportSubject;
  view: TReportView;
  definitionsVersion: string;
  minimumGroupSize: number;
  procedures: TReportProcedure[];
  certificates: TReportCertificate[];
  imports: TReportImport[];
};
