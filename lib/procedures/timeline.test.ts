import { expect, test } from 'vitest';
import { buildProcedureTimeline } from './timeline';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const procedure = {
  openedOn: d('2023-02-02'),
  selfAssessmentFiledOn: d('2023-03-28'),
  siteVisitFrom: d('2023-06-27'),
  providerStatementOn: d('2023-09-07'),
  committeeMeetingOn: d('2023-09-20'),
  committeeMeetingNumber: 11,
  decision: 'certification with conditions',
  proofOfConditionsDueOn: d('2024-06-19'),
  certificationFrom: d('2023-09-20'),
  certificationUntil: d('2028-09-19'),
};

test('milestones and grouped condition decisions come in date order, future ones marked', () => {
  const events = buildProcedureTimeline(
    procedure,
    [
      { conditionNumber: 2, decision: 'FULFILLED', decidedOn: d('2024-09-13') },
      { conditionNumber: 1, decision: 'FULFILLED', decidedOn: d('2024-09-13') },
      { conditionNumber: 3, decision: 'FULFILLED', decidedOn: d('2025-03-12') },
    ],
    d('2026-11-23'),
  );
  expect(events.map((event) => event.label)).toEqual([
    'Procedure opened',
    'Self-assessment report filed',
    'Site visit / online assessment conference',
    "Provider's statement on the report",
    'Committee decision (meeting 11): certification with conditions',
    'Proof of conditions due',
    'Conditions 1, 2: fulfilled',
    'Condition 3: fulfilled',
    'Re-certification: self-assessment due (one year before the end)',
    'End of certification period',
  ]);
  expect(events.filter((event) => event.isFuture).map((event) => event.date.toISOString().slice(0, 10))).toEqual(['2027-09-19', '2028-09-19']);
});

test('missing dates are left out', () => {
  const empty = Object.fromEntries(Object.keys(procedure).map((key) => [key, null])) as unknown as typeof procedure;
  expect(buildProcedureTimeline(empty, [], d('2026-01-01'))).toEqual([]);
});
