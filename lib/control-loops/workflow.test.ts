import { expect, test } from 'vitest';
import { CLOSE_WITHOUT_FOLLOW_UP_REASON, CLOSED_LOOP_REASON, checkLoopAction, listAllowedLoopActions, type TLoopAction } from './workflow';

const fresh = { hasFollowUp: false, openMeasures: 0 };
const compared = { hasFollowUp: true, openMeasures: 0 };

test('the loop runs baseline → measures → follow-up → closed', () => {
  expect(checkLoopAction('BASELINE', 'ADD_MEASURE', fresh)).toEqual({ ok: true, next: 'MEASURES' });
  expect(checkLoopAction('MEASURES', 'ADD_MEASURE', { hasFollowUp: false, openMeasures: 1 })).toEqual({ ok: true, next: 'MEASURES' });
  expect(checkLoopAction('MEASURES', 'UPDATE_MEASURE_STATUS', { hasFollowUp: false, openMeasures: 1 })).toEqual({ ok: true, next: 'MEASURES' });
  expect(checkLoopAction('MEASURES', 'ATTACH_FOLLOW_UP', { hasFollowUp: false, openMeasures: 1 })).toEqual({ ok: true, next: 'FOLLOW_UP' });
  expect(checkLoopAction('FOLLOW_UP', 'UPDATE_MEASURE_STATUS', { hasFollowUp: true, openMeasures: 1 })).toEqual({ ok: true, next: 'FOLLOW_UP' });
  expect(checkLoopAction('FOLLOW_UP', 'CLOSE', compared)).toEqual({ ok: true, next: 'CLOSED' });
});

test('closing without a compared follow-up wave is refused in every earlier status', () => {
  for (const status of ['BASELINE', 'MEASURES'] as const) {
    expect(checkLoopAction(status, 'CLOSE', fresh)).toEqual({ ok: false, reason: CLOSE_WITHOUT_FOLLOW_UP_REASON });
  }
  // A record claiming FOLLOW_UP without a follow-up wave is refused as well.
  expect(checkLoopAction('FOLLOW_UP', 'CLOSE', fresh)).toEqual({ ok: false, reason: CLOSE_WITHOUT_FOLLOW_UP_REASON });
  expect(CLOSE_WITHOUT_FOLLOW_UP_REASON).toBe('A loop closes only after a follow-up wave has been compared with the baseline');
});

test('closing with measures still open is refused, naming how many', () => {
  expect(checkLoopAction('FOLLOW_UP', 'CLOSE', { hasFollowUp: true, openMeasures: 2 })).toEqual({
    ok: false,
    reason: '2 measure(s) are still planned or in progress: mark each done or dropped before closing the loop.',
  });
});

test('a follow-up needs a measure first and is compared only once; measures stop at the follow-up', () => {
  expect(checkLoopAction('BASELINE', 'ATTACH_FOLLOW_UP', fresh).ok).toBe(false);
  expect(checkLoopAction('FOLLOW_UP', 'ATTACH_FOLLOW_UP', compared)).toEqual({
    ok: false,
    reason: 'A follow-up wave has already been compared with the baseline; its comparison is frozen.',
  });
  expect(checkLoopAction('FOLLOW_UP', 'ADD_MEASURE', compared).ok).toBe(false);
  expect(checkLoopAction('BASELINE', 'UPDATE_MEASURE_STATUS', fresh)).toEqual({ ok: false, reason: 'This loop has no measures yet.' });
});

test('nothing changes a closed loop; filing it as evidence stays possible and changes nothing in it', () => {
  const edits: TLoopAction[] = ['ADD_MEASURE', 'UPDATE_MEASURE_STATUS', 'ATTACH_FOLLOW_UP', 'CLOSE'];
  for (const action of edits) expect(checkLoopAction('CLOSED', action, compared)).toEqual({ ok: false, reason: CLOSED_LOOP_REASON });
  expect(checkLoopAction('CLOSED', 'ATTACH_TO_CONDITION', compared)).toEqual({ ok: true, next: 'CLOSED' });
  expect(listAllowedLoopActions('CLOSED', compared)).toEqual(['ATTACH_TO_CONDITION']);
});

test('the allowed actions per status match the checks', () => {
  expect(listAllowedLoopActions('BASELINE', fresh)).toEqual(['ADD_MEASURE', 'ATTACH_TO_CONDITION']);
  expect(listAllowedLoopActions('MEASURES', { hasFollowUp: false, openMeasures: 1 })).toEqual([
    'ADD_MEASURE',
    'UPDATE_MEASURE_STATUS',
    'ATTACH_FOLLOW_UP',
    'ATTACH_TO_CONDITION',
  ]);
  expect(listAllowedLoopActions('FOLLOW_UP', compared)).toEqual(['UPDATE_MEASURE_STATUS', 'CLOSE', 'ATTACH_TO_CONDITION']);
});
