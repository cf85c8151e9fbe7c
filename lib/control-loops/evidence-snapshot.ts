// What a control loop files as evidence on a checklist item: its frozen baseline, follow-up and
// comparison (embedded as parsed JSON, so each part re-serialises to the text its stored hash was
// taken over), the hashes themselves, and the measures taken — FIBAA asks for the loop "from the
// survey to the analysis of the results and the taking of appropriate measures", so the measures
// belong in the record as much as the figures do.

export type TLoopForEvidence = {
  id: string;
  title: string;
  status: string;
  certificate: { id: string; slug: string; name: string };
  createdAt: Date;
  baselineSnapshot: string;
  baselineSha256: string;
  baselineFrozenAt: Date;
  followUpSnapshot: string | null;
  followUpSha256: string | null;
  followUpFrozenAt: Date | null;
  comparison: string | null;
  closedAt: Date | null;
  closingNote: string | null;
  measures: {
    title: string;
    ownerOrganisation: string;
    ownerPerson: string | null;
    dueOn: Date;
    status: string;
    expectedEffect: string;
  }[];
};

export function buildLoopEvidenceSnapshot(loop: TLoopForEvidence) {
  return {
    schemaVersion: 1,
    kind: 'control-loop',
    loop: {
      id: loop.id,
      title: loop.title,
      status: loop.status,
      certificate: loop.certificate,
      createdAt: loop.createdAt.toISOString(),
      closedAt: loop.closedAt?.toISOString() ?? null,
      closingNote: loop.closingNote,
    },
    baseline: { sha256: loop.baselineSha256, frozenAt: loop.baselineFrozenAt.toISOString(), analysis: JSON.parse(loop.baselineSnapshot) as unknown },
    followUp:
      loop.followUpSnapshot && loop.followUpSha256 && loop.followUpFrozenAt
        ? { sha256: loop.followUpSha256, frozenAt: loop.followUpFrozenAt.toISOString(), analysis: JSON.parse(loop.followUpSnapshot) as unknown }
        : null,
    comparison: loop.comparison ? (JSON.parse(loop.comparison) as unknown) : null,
    measures: loop.measures.map((measure) => ({ ...measure, dueOn: measure.dueOn.toISOString().slice(0, 10) })),
  };
}

/** The date the evidence speaks for: the last survey response behind it (follow-up, else baseline). */
export function getLoopEvidenceDate(loop: Pick<TLoopForEvidence, 'baselineSnapshot' | 'followUpSnapshot' | 'baselineFrozenAt'>): Date {
  for (const text of [loop.followUpSnapshot, loop.baselineSnapshot]) {
    if (!text) continue;
    const surveyedTo = (JSON.parse(text) as { surveyedTo?: unknown }).surveyedTo;
    if (typeof surveyedTo === 'string') return new Date(surveyedTo);
  }
  return loop.baselineFrozenAt;
}
