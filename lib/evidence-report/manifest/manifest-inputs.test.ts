import { expect, test } from 'vitest';
import { computeEctsLedger, DEFAULT_ECTS_RULES } from '@/lib/certificates/ects-ledger';
import type { TCertificateMetrics, TCourseMetrics } from '@/lib/metrics/queries';
import { sha256Hex } from '../canonical-json';
import type { TEvidenceReportData, TReportEvidence } from '../report-data';
import { buildManifestInputs, computeFiguresJson, digestManifestInputs } from './manifest-inputs';

const WITHHELD = { value: null, numerator: null, n: 3, interval: null, suppressed: 'fewer than 5 learners (n = 3)' };

function course(overrides: Partial<TCourseMetrics> = {}): TCourseMetrics {
  return {
    courseId: 'c1',
    courseraCourseId: 'c1',
    name: 'What is Data Science?',
    position: 1,
    estimatedHours: 8,
    enrolled: 769,
    completers: 56,
    completionRate: 56 / 769,
    completion: { value: 56 / 769, numerator: 56, n: 769, interval: { low: 0.0565, high: 0.0934 }, suppressed: null },
    paying: 3,
    payingCompleters: 1,
    paidCompletion: WITHHELD,
    wasPayment: 3,
    wasPaymentCompleters: 1,
    wasPaymentCompletion: WITHHELD,
    timeToCompletionDays: { n: 56, q1: 16.2, median: 25.1, q3: 37.9, suppressed: null },
    workload: {
      estimatedHours: 8,
      bottomUpHours: 7.5,
      observedHours: { n: 56, q1: 5, median: 6, q3: 7, cutoffMinutes: 30, suppressed: null },
      reportedHours: { n: 0, q1: null, median: null, q3: null, shareHigher: null, suppressed: 'no data' },
      itemsTotal: 40,
    },
    credentialEligibility: { ...WITHHELD, participationThreshold: 0.5, achievementThreshold: 0.6 },
    star: { n: 0, mean: null, meanInterval: null, distribution: null, shareOfFive: null, monthly: [], suppressed: 'no data' },
    nps: {
      NPS_FIRST_WEEK: { n: 0, promoters: null, passives: null, detractors: null, score: null, interval: null, suppressed: 'no data' },
      NPS_END_OF_COURSE: { n: 0, promoters: null, passives: null, detractors: null, score: null, interval: null, suppressed: 'no data' },
    },
    hotSpots: [
      { itemId: 'b', name: 'Quiz 2', n: 10, likes: 5, dislikes: 5, dislikeShare: 0.5, flags: 1 },
      { itemId: 'a', name: 'Quiz 1', n: 10, likes: 5, dislikes: 5, dislikeShare: 0.5, flags: 1 },
    ],
    suppressed: null,
    source: { importId: 'i1', snapshotAt: '2024-05-31T22:10:00.000Z' },
    ...overrides,
  };
}

function metrics(overrides: Partial<TCertificateMetrics> = {}): TCertificateMetrics {
  return {
    certificate: { id: 'cert1', slug: 'ibm-data-science', name: 'IBM Data Science', contentPartner: 'IBM' },
    definitionsVersion: '2026-11-23.1',
    minimumGroupSize: 5,
    anonymity: 'LINKED',
    certificateEnrolled: 1479,
    certificateCompleters: 0,
    certificateCompletion: { value: 0, numerator: 0, n: 1479, interval: { low: 0, high: 0.0026 }, suppressed: null },
    funnel: [],
    courses: [course()],
    imports: [
      { importId: 'i2', sourceName: 'b.zip', snapshotAt: null, contentSha256: 'b'.repeat(64), finishedAt: '2024-06-02T00:00:00.000Z' },
      { importId: 'i1', sourceName: 'a.zip', snapshotAt: null, contentSha256: 'a'.repeat(64), finishedAt: '2024-06-01T00:00:00.000Z' },
    ],
    computedAt: '2026-11-23T11:57:00.000Z',
    ...overrides,
  };
}

function evidence(overrides: Partial<TReportEvidence> = {}): TReportEvidence {
  return {
    id: 'e1',
    kind: 'FILE',
    title: 'Survey results',
    status: 'ACCEPTED',
    state: 'ACCEPTED',
    effectiveOn: new Date('2024-05-01T00:00:00Z'),
    expiresOn: new Date('2025-05-01T00:00:00Z'),
    reviewedAt: null,
    reviewedByName: null,
    revision: {
      number: 1,
      revisionCount: 1,
      fileName: 'survey.csv',
      storedName: '00000000-0000-4000-8000-000000000000',
      mediaType: 'text/csv',
      sizeBytes: 10,
      url: null,
      snapshot: null,
      sha256: 'c'.repeat(64),
      uploadedAt: new Date('2024-05-02T10:00:00Z'),
      uploadedByName: 'Parker IBM',
    },
    bundlePath: 'evidence/fibaa-23-016/condition-2/e1/r1-survey.csv',
    ...overrides,
  };
}

function reportData(items: TReportEvidence[], figures: TCertificateMetrics = metrics()): TEvidenceReportData {
  return {
    subject: { kind: 'procedure', id: 'p1', label: 'FIBAA 23/016', fileStem: 'fibaa-23-016' },
    view: { scope: 'procedure' },
    definitionsVersion: '2026-11-23.1',
    minimumGroupSize: 5,
    procedures: [
      {
        id: 'p1',
        agencyName: 'FIBAA',
        platformName: 'Coursera',
        projectNumber: '23/016',
        type: 'Initial Certification',
        modeOfStudy: null,
        decision: 'certification with conditions',
        committeeMeetingNumber: 11,
        committeeMeetingOn: new Date('2023-09-20T00:00:00Z'),
        certificationFrom: null,
        certificationUntil: null,
        proofOfConditionsDueOn: null,
        rules: DEFAULT_ECTS_RULES,
        timeline: [{ date: new Date('2023-09-20T00:00:00Z'), label: 'Committee decision', isFuture: false, kind: 'decision' }],
        certificates: [{ slug: 'ibm-data-science', name: 'IBM Data Science', contentPartner: 'IBM' }],
        conditions: [
          {
            id: 'k2',
            number: 2,
            chapter: '3.1',
            criterion: '3.1.2*',
            isAsteriskCriterion: true,
            text: 'A control loop.',
            status: 'FULFILLED',
            dueOn: null,
            decisions: [],
            items: [
              {
                id: 'i1',
                title: 'IBM Data Science',
                certificateName: 'IBM Data Science',
                courseName: null,
                assigneeName: 'IBM',
                status: 'DONE',
                effectiveDueOn: null,
                evidenceState: items[0]?.state ?? 'MISSING',
                evidence: items,
              },
            ],
          },
        ],
        recommendations: [],
        qualityProfile: [],
      },
    ],
    certificates: [
      {
        slug: 'ibm-data-science',
        name: 'IBM Data Science',
        contentPartner: 'IBM',
        metrics: figures,
        definition: {
          statedTotalHours: 8,
          statedExactCredits: null,
          eqfLevel: null,
          intendedDurationMonthsMin: null,
          intendedDurationMonthsMax: null,
          rulesFrom: null,
        },
        rules: DEFAULT_ECTS_RULES,
        ledger: computeEctsLedger({
          courseHours: [8],
          statedTotalHours: 8,
          statedCredits: null,
          statedExactCredits: null,
          intendedDurationMonthsMin: null,
          intendedDurationMonthsMax: null,
        }),
        courseHourConflicts: [],
        controlLoops: [],
        comments: [],
      },
    ],
    imports: [],
  };
}

test('the figures leave out when they were computed, and put open-ended lists in a fixed order', () => {
  const first = computeFiguresJson(metrics());
  expect(first).not.toContain('computedAt');
  // Recomputing the summaries later, or the database returning ties in another order, changes nothing.
  const later = metrics({
    computedAt: '2026-12-01T00:00:00.000Z',
    imports: [...metrics().imports].reverse(),
    courses: [course({ hotSpots: [...course().hotSpots].reverse() })],
  });
  expect(computeFiguresJson(later)).toBe(first);
  expect(JSON.parse(first).imports.map((entry: { importId: string }) => entry.importId)).toEqual(['i1', 'i2']);
});

test('a changed figure changes the figures hash and so the manifest hash', () => {
  const base = digestManifestInputs(buildManifestInputs(reportData([evidence()])));
  const changed = digestManifestInputs(buildManifestInputs(reportData([evidence()], metrics({ certificateEnrolled: 1480 }))));
  expect(changed.sha256).not.toBe(base.sha256);
  expect(base.sha256).toBe(sha256Hex(base.json));
});

test('the manifest holds nothing that depends on when it is computed: an evidence state of "expired" is not in it', () => {
  const current = buildManifestInputs(reportData([evidence({ state: 'ACCEPTED' })]));
  const expired = buildManifestInputs(reportData([evidence({ state: 'EXPIRED' })]));
  expect(digestManifestInputs(expired).sha256).toBe(digestManifestInputs(current).sha256);
  const entry = current.procedures[0]?.conditions[0]?.checklist[0]?.evidence[0];
  expect(entry).toMatchObject({
    status: 'ACCEPTED',
    expiresOn: '2025-05-01T00:00:00.000Z',
    sha256: 'c'.repeat(64),
    bundlePath: 'evidence/fibaa-23-016/condition-2/e1/r1-survey.csv',
  });
  expect(JSON.stringify(current)).not.toContain('EXPIRED');
});

test('a changed evidence file is a changed manifest', () => {
  const base = digestManifestInputs(buildManifestInputs(reportData([evidence()])));
  const other = digestManifestInputs(buildManifestInputs(reportData([evidence({ revision: { ...evidence().revision, sha256: 'd'.repeat(64) } })])));
  expect(other.sha256).not.toBe(base.sha256);
});
