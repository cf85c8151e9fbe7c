import { describe, expect, test } from 'vitest';
import { getEvidenceState, getItemEvidenceState, hasCurrentAcceptedEvidence } from './evidence-state';

const now = new Date('2026-11-23T12:00:00Z');

describe('evidence state', () => {
  test('accepted evidence past its expiry reads as expired', () => {
    expect(getEvidenceState({ status: 'ACCEPTED', expiresOn: new Date('2026-11-01') }, now)).toBe('EXPIRED');
    expect(getEvidenceState({ status: 'ACCEPTED', expiresOn: new Date('2027-01-01') }, now)).toBe('ACCEPTED');
    expect(getEvidenceState({ status: 'SUBMITTED', expiresOn: null }, now)).toBe('SUBMITTED');
  });

  test('an item without evidence is missing; otherwise its best state', () => {
    expect(getItemEvidenceState([], now)).toBe('MISSING');
    expect(
      getItemEvidenceState(
        [
          { status: 'REJECTED', expiresOn: null },
          { status: 'SUBMITTED', expiresOn: null },
        ],
        now,
      ),
    ).toBe('SUBMITTED');
    expect(getItemEvidenceState([{ status: 'ACCEPTED', expiresOn: new Date('2026-01-01') }], now)).toBe('EXPIRED');
  });

  test('only accepted, unexpired evidence completes an item', () => {
    expect(hasCurrentAcceptedEvidence([{ status: 'ACCEPTED', expiresOn: null }], now)).toBe(true);
    expect(hasCurrentAcceptedEvidence([{ status: 'ACCEPTED', expiresOn: new Date('2026-11-23T12:00:00Z') }], now)).toBe(false);
    expect(hasCurrentAcceptedEvidence([{ status: 'SUBMITTED', expiresOn: null }], now)).toBe(false);
  });
});
