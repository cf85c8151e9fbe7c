// The timeline of an accreditation procedure: its dated milestones plus the committee decisions
// recorded on its conditions, in date order. Pure.

export type TTimelineEvent = { date: Date; label: string; isFuture: boolean; kind: 'milestone' | 'decision' | 'deadline' };

type TProcedureDates = {
  openedOn: Date | null;
  selfAssessmentFiledOn: Date | null;
  siteVisitFrom: Date | null;
  providerStatementOn: Date | null;
  committeeMeetingOn: Date | null;
  committeeMeetingNumber: number | null;
  decision: string | null;
  proofOfConditionsDueOn: Date | null;
  certificationFrom: Date | null;
  certificationUntil: Date | null;
};

type TConditionDecision = { conditionNumber: number; decision: string; decidedOn: Date };

export function buildProcedureTimeline(procedure: TProcedureDates, decisions: TConditionDecision[], now: Date): TTimelineEvent[] {
  const events: Omit<TTimelineEvent, 'isFuture'>[] = [];
  const add = (date: Date | null, label: string, kind: TTimelineEvent['kind'] = 'milestone') => {
    if (date) events.push({ date, label, kind });
  };
  add(procedure.openedOn, 'Procedure opened');
  add(procedure.selfAssessmentFiledOn, 'Self-assessment report filed');
  add(procedure.siteVisitFrom, 'Site visit / online assessment conference');
  add(procedure.providerStatementOn, "Provider's statement on the report");
  add(
    procedure.committeeMeetingOn,
    `Committee decision${procedure.committeeMeetingNumber ? ` (meeting ${procedure.committeeMeetingNumber})` : ''}${procedure.decision ? `: ${procedure.decision}` : ''}`,
    'decision',
  );
  add(procedure.proofOfConditionsDueOn, 'Proof of conditions due', 'deadline');
  // Decisions taken on the same day are one event ("conditions 1, 2, 4, 5 fulfilled").
  const byDayAndDecision = new Map<string, { date: Date; decision: string; numbers: number[] }>();
  for (const decision of decisions) {
    const key = `${decision.decidedOn.toISOString().slice(0, 10)}|${decision.decision}`;
    const entry = byDayAndDecision.get(key) ?? { date: decision.decidedOn, decision: decision.decision, numbers: [] };
    entry.numbers.push(decision.conditionNumber);
    byDayAndDecision.set(key, entry);
  }
  for (const entry of byDayAndDecision.values()) {
    const numbers = entry.numbers.sort((a, b) => a - b);
    const noun = numbers.length === 1 ? 'Condition' : 'Conditions';
    add(entry.date, `${noun} ${numbers.join(', ')}: ${entry.decision.toLowerCase().replaceAll('_', ' ')}`, 'decision');
  }
  add(procedure.certificationUntil, 'End of certification period', 'deadline');
  if (procedure.certificationUntil) {
    // Re-certification has to be prepared well before the seal expires; FIBAA asks for the
    // self-assessment about a year ahead.
    const recertification = new Date(procedure.certificationUntil);
    recertification.setUTCFullYear(recertification.getUTCFullYear() - 1);
    add(recertification, 'Re-certification: self-assessment due (one year before the end)', 'deadline');
  }
  return events.sort((a, b) => a.date.getTime() - b.date.getTime()).map((event) => ({ ...event, isFuture: event.date.getTime() > now.getTime() }));
}
