import { describe, expect, test } from 'vitest';
import { checkCommitteeDecision, checkManualTransition, listManualTransitions } from './workflow';

describe('condition workflow', () => {
  test('the happy path by hand: open → in progress → submitted', () => {
    expect(checkManualTransition('OPEN', 'IN_PROGRESS', { openItems: 3 })).toEqual({ ok: true });
    expect(checkManualTransition('IN_PROGRESS', 'SUBMITTED', { openItems: 0 })).toEqual({ ok: true });
  });

  test('committee outcomes cannot be set by hand, from any status', () => {
    for (const to of ['FULFILLED', 'NOT_FULFILLED', 'EXTENDED'] as const) {
      const result = checkManualTransition('SUBMITTED', to, { openItems: 0 });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toMatch(/committee decision/);
    }
  });

  test('submission needs every checklist item done', () => {
    const result = checkManualTransition('IN_PROGRESS', 'SUBMITTED', { openItems: 2 });
    expect(result.ok ? '' : result.reason).toMatch(/^2 checklist item\(s\) are not done/);
  });

  test('skipping a step or leaving a decided condition is refused', () => {
    expect(checkManualTransition('OPEN', 'SUBMITTED', { openItems: 0 }).ok).toBe(false);
    expect(checkManualTransition('FULFILLED', 'IN_PROGRESS', { openItems: 0 }).ok).toBe(false);
    expect(listManualTransitions('NOT_FULFILLED')).toEqual([]);
  });

  test('a committee decides only on submitted proof; an extension needs its new date', () => {
    expect(checkCommitteeDecision('SUBMITTED', 'FULFILLED', null)).toEqual({ ok: true });
    expect(checkCommitteeDecision('IN_PROGRESS', 'FULFILLED', null).ok).toBe(false);
    expect(checkCommitteeDecision('SUBMITTED', 'EXTENDED', null).ok).toBe(false);
    expect(checkCommitteeDecision('SUBMITTED', 'EXTENDED', new Date('2027-01-01'))).toEqual({ ok: true });
    expect(checkCommitteeDecision('SUBMITTED', 'FULFILLED', new Date('2027-01-01')).ok).toBe(false);
  });
});
