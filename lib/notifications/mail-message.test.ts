import { describe, expect, test } from 'vitest';
import { formatMailbox, formatMailDate, formatMailMessage } from './mail-message';

const MESSAGE = {
  from: { name: 'CertQA', email: 'no-reply@certqa.example' },
  to: { name: 'Parker IBM', email: 'partner@ibm.demo' },
  subject: 'CertQA: Due within 14 days: FIBAA 23/016, condition 6: IBM Data Science Professional Certificate',
  text: 'Hello Parker IBM,\n\nDue on 30 Jun 2026.\n',
  date: new Date('2026-06-20T06:05:09.000Z'),
  messageId: 'abc123@certqa.example',
};

/** Header block unfolded (RFC 5322 §2.2.3): CRLF followed by white space joins lines. */
function unfoldedHeaders(raw: string): Map<string, string> {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n([ \t])/g, '$1');
  return new Map(head.split('\r\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
}

/** Decodes RFC 2047 B-encoded words, dropping the white space between adjacent ones. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g, (_, data: string) => `\u0000${data}\u0000`)
    .split('\u0000')
    .reduce<{ out: string; pending: Buffer[] }>(
      (state, part, index) => {
        if (index % 2 === 1) state.pending.push(Buffer.from(part, 'base64'));
        else {
          state.out += Buffer.concat(state.pending).toString('utf8') + part;
          state.pending = [];
        }
        return state;
      },
      { out: '', pending: [] },
    ).out;
}

describe('formatMailMessage', () => {
  test('writes CRLF lines of at most 78 characters, the required headers and a blank line before the body', () => {
    const raw = formatMailMessage(MESSAGE);
    expect(raw).not.toMatch(/[^\r]\n/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const headers = unfoldedHeaders(raw);
    expect(headers.get('From')).toBe('"CertQA" <no-reply@certqa.example>');
    expect(headers.get('To')).toBe('"Parker IBM" <partner@ibm.demo>');
    expect(headers.get('Subject')).toBe(MESSAGE.subject);
    expect(headers.get('Date')).toBe('Sat, 20 Jun 2026 06:05:09 +0000');
    expect(headers.get('Message-ID')).toBe('<abc123@certqa.example>');
    expect(headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(headers.get('Auto-Submitted')).toBe('auto-generated');
  });

  test('the body decodes back to the text, with CRLF line ends', () => {
    const raw = formatMailMessage(MESSAGE);
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/\r\n/g, '');
    expect(Buffer.from(body, 'base64').toString('utf8')).toBe('Hello Parker IBM,\r\n\r\nDue on 30 Jun 2026.\r\n');
  });

  test('non-ASCII subjects and names become encoded words that decode back, without cutting a character', () => {
    const subject = 'Fällig in 14 Tagen: Prüfung der Modulbeschreibungen für „Datenanalyse“ – Zertifikat 🎓';
    const raw = formatMailMessage({ ...MESSAGE, subject, to: { name: 'Jürgen Müller', email: 'jm@example.org' } });
    expect(raw.slice(0, raw.indexOf('\r\n\r\n'))).toMatch(/^[\x20-\x7e\r\n]*$/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const headers = unfoldedHeaders(raw);
    expect(decodeWords(headers.get('Subject') ?? '')).toBe(subject);
    expect(decodeWords(headers.get('To') ?? '')).toBe('Jürgen Müller <jm@example.org>');
  });
});

describe('formatMailbox', () => {
  test('quotes and escapes a display name', () => {
    expect(formatMailbox({ name: 'Quinn "Q" Quality\\', email: 'q@example.org' })).toBe('"Quinn \\"Q\\" Quality\\\\" <q@example.org>');
    expect(formatMailbox({ name: '', email: 'q@example.org' })).toBe('<q@example.org>');
  });
});

describe('formatMailDate', () => {
  test('pads day and time and names the UTC zone numerically', () => {
    expect(formatMailDate(new Date('2027-01-03T00:00:00.000Z'))).toBe('Sun, 03 Jan 2027 00:00:00 +0000');
  });
});
