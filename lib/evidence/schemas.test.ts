import { describe, expect, test } from 'vitest';
import { ZAddLinkEvidenceInput, ZEvidenceUrl, ZRejectEvidenceInput } from './schemas';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message).join('; ');

describe('evidence links', () => {
  test('http and https links are normalised', () => {
    expect(ZEvidenceUrl.parse('  HTTPS://Example.ORG/a/../reports/Q3?x=1#top ')).toBe('https://example.org/reports/Q3?x=1#top');
    expect(ZEvidenceUrl.parse('http://example.org')).toBe('http://example.org/');
  });

  test('other schemes, credentials and non-addresses are refused with the reason', () => {
    expect(messageOf(ZEvidenceUrl.safeParse('javascript:alert(1)'))).toBe('Only http and https links are accepted, not javascript');
    expect(messageOf(ZEvidenceUrl.safeParse('file:///etc/passwd'))).toBe('Only http and https links are accepted, not file');
    expect(messageOf(ZEvidenceUrl.safeParse('https://user:secret@example.org/'))).toBe('The link must not carry a user name or password');
    expect(messageOf(ZEvidenceUrl.safeParse('reports/q3.pdf'))).toBe('Not a web address; it must start with https:// or http://');
  });
});

describe('evidence dates and review notes', () => {
  const link = { itemId: 'item', title: 'Survey report', url: 'https://example.org/', effectiveOn: '2026-03-01' };

  test('an expiry must come after the effective date', () => {
    expect(ZAddLinkEvidenceInput.safeParse({ ...link, expiresOn: '2027-03-01' }).success).toBe(true);
    const result = ZAddLinkEvidenceInput.safeParse({ ...link, expiresOn: '2026-03-01' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['expiresOn'], message: 'The expiry date must come after the effective date' });
  });

  test('a rejection needs its reason', () => {
    expect(messageOf(ZRejectEvidenceInput.safeParse({ evidenceId: 'e', revisionNumber: 1, note: ' ' }))).toBe('Say why the evidence is rejected');
    expect(ZRejectEvidenceInput.safeParse({ evidenceId: 'e', revisionNumber: 1, note: 'Covers only one course' }).success).toBe(true);
  });
});
