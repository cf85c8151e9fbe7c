// The control-loop workflow: baseline analysis frozen → measures taken → follow-up wave compared
// with the baseline → closed. Pure rules, so the same table refuses on the server and decides
// which buttons a page shows.
//
//   BASELINE   the baseline analysis is frozen; the first measure moves the loop on
//   MEASURES   measures are added and worked; a follow-up wave can be compared
//   FOLLOW_UP  the comparison is frozen; measures get their final status; the loop can close
//   CLOSED     nothing changes any more
//
// Attaching a loop to a condition is allowed in every status, closed included: it files the
// loop's frozen content as evidence on a checklist item and changes nothing the loop records
// (analyses, measures, comparison, status, closing note).
import type { ControlLoopStatus, MeasureStatus } from '@/lib/db/generated/sqlite/enums';

export type TLoopAction = 'ADD_MEASURE' | 'UPDATE_MEASURE_STATUS' | 'ATTACH_FOLLOW_UP' | 'CLOSE' | 'ATTACH_TO_CONDITION';

export type TLoopContext = {
  hasFollowUp: boolean;
  /** Measures still PLANNED or IN_PROGRESS. */
  openMeasures: number;
};

export type TLoopCheck = { ok: true; next: ControlLoopStatus } | { ok: false; reason: string };

export const LOOP_STATUS_LABEL: Record<ControlLoopStatus, string> = {
  BASELINE: 'baseline frozen',
  MEASURES: 'measures',
  FOLLOW_UP: 'follow-up compared',
  CLOSED: 'closed',
};

export const MEASURE_STATUS_LABEL: Record<MeasureStatus, string> = {
  PLANNED: 'planned',
  IN_PROGRESS: 'in progress',
  DONE: 'done',
  DROPPED: 'dropped',
};

export const CLOSED_LOOP_REASON = 'This control loop is closed: a closed loop is kept exactly as it was and cannot be changed. Nothing was changed.';
export const CLOSE_WITHOUT_FOLLOW_UP_REASON = 'A loop closes only after a follow-up wave has been compared with the baseline';

export function checkLoopAction(status: ControlLoopStatus, action: TLoopAction, context: TLoopContext): TLoopCheck {
  if (action === 'ATTACH_TO_CONDITION') return { ok: true, next: status };
  if (status === 'CLOSED') return { ok: false, reason: CLOSED_LOOP_REASON };
  switch (action) {
    case 'ADD_MEASURE':
      if (status === 'FOLLOW_UP') {
        return {
          ok: false,
          reason: 'The follow-up has already been compared with the baseline; further measures belong to a new loop started from the follow-up wave.',
        };
      }
      return { ok: true, next: 'MEASURES' };
    case 'UPDATE_MEASURE_STATUS':
      if (status === 'BASELINE') return { ok: false, reason: 'This loop has no measures yet.' };
      return { ok: true, next: status };
    case 'ATTACH_FOLLOW_UP':
      if (status === 'BASELINE')
        return {
          ok: false,
          reason: 'Record at least one measure before comparing a follow-up wave: the loop runs from the analysis through measures to the follow-up.',
        };
      if (status === 'FOLLOW_UP' || context.hasFollowUp)
        return { ok: false, reason: 'A follow-up wave has already been compared with the baseline; its comparison is frozen.' };
      return { ok: true, next: 'FOLLOW_UP' };
    case 'CLOSE':
      if (status !== 'FOLLOW_UP' || !context.hasFollowUp) return { ok: false, reason: CLOSE_WITHOUT_FOLLOW_UP_REASON };
      if (context.openMeasures > 0) {
        return { ok: false, reason: `${context.openMeasures} measure(s) are still planned or in progress: mark each done or dropped before closing the loop.` };
      }
      return { ok: true, next: 'CLOSED' };
  }
}

/** The actions the status and context allow, for showing only the controls that would succeed. */
export function listAllowedLoopActions(status: ControlLoopStatus, context: TLoopContext): TLoopAction[] {
  const actions: TLoopAction[] = ['ADD_MEASURE', 'UPDATE_MEASURE_STATUS', 'ATTACH_FOLLOW_UP', 'CLOSE', 'ATTACH_TO_CONDITION'];
  return actions.filter((action) => checkLoopAction(status, action, context).ok);
}
