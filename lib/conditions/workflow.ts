// The condition workflow: open → in progress → submitted to the agency → fulfilled / not fulfilled
// / extended. The last three are never set by hand: only a recorded committee decision sets them.
// Pure rules, so the same table answers the server (refuse) and the page (which buttons to show).
import type { CommitteeDecision, ConditionStatus } from '@/lib/db/generated/sqlite/enums';

export const CONDITION_STATUS_LABEL: Record<ConditionStatus, string> = {
  OPEN: 'open',
  IN_PROGRESS: 'in progress',
  SUBMITTED: 'submitted to agency',
  FULFILLED: 'fulfilled',
  NOT_FULFILLED: 'not fulfilled',
  EXTENDED: 'extended',
};

/** Status changes a person may make; committee outcomes are absent on purpose. */
const MANUAL_TRANSITIONS: Record<ConditionStatus, readonly ConditionStatus[]> = {
  OPEN: ['IN_PROGRESS'],
  IN_PROGRESS: ['OPEN', 'SUBMITTED'],
  SUBMITTED: ['IN_PROGRESS'],
  EXTENDED: ['IN_PROGRESS', 'SUBMITTED'],
  FULFILLED: [],
  NOT_FULFILLED: [],
};

export function listManualTransitions(from: ConditionStatus): readonly ConditionStatus[] {
  return MANUAL_TRANSITIONS[from];
}

export type TTransitionCheck = { ok: true } | { ok: false; reason: string };

export function checkManualTransition(from: ConditionStatus, to: ConditionStatus, context: { openItems: number }): TTransitionCheck {
  if (to === 'FULFILLED' || to === 'NOT_FULFILLED' || to === 'EXTENDED') {
    return { ok: false, reason: `A condition becomes "${CONDITION_STATUS_LABEL[to]}" only through a recorded committee decision.` };
  }
  if (!MANUAL_TRANSITIONS[from].includes(to)) {
    return { ok: false, reason: `A condition that is "${CONDITION_STATUS_LABEL[from]}" cannot move to "${CONDITION_STATUS_LABEL[to]}".` };
  }
  if (to === 'SUBMITTED' && context.openItems > 0) {
    return {
      ok: false,
      reason: `${context.openItems} checklist item(s) are not done yet: each needs accepted evidence before the condition goes to the agency.`,
    };
  }
  return { ok: true };
}

/** A committee decides on proof that was submitted (or re-submitted after an extension). */
export function checkCommitteeDecision(from: ConditionStatus, decision: CommitteeDecision, extendedUntil: Date | null): TTransitionCheck {
  if (from !== 'SUBMITTED') {
    return { ok: false, reason: `The committee decides on submitted proof; this condition is "${CONDITION_STATUS_LABEL[from]}".` };
  }
  if (decision === 'EXTENDED' && extendedUntil === null) return { ok: false, reason: 'An extension needs the new due date.' };
  if (decision !== 'EXTENDED' && extendedUntil !== null) return { ok: false, reason: 'Only an extension sets a new due date.' };
  return { ok: true };
}
