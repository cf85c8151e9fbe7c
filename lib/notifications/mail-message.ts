// One plain-text e-mail as an RFC 5322 message (CRLF line ends, folded headers, RFC 2047 encoded
// words for non-ASCII header text, a base64 UTF-8 body), ready for an MTA's pickup directory.
// Pure, so the format is unit-tested without writing files.

export type TMailAddress = { name: string; email: string };

export type TMailMessage = {
  from: TMailAddress;
  to: TMailAddress;
  subject: string;
  text: string;
  date: Date;
  /** Without angle brackets: `<local>@<domain>`. */
  messageId: string;
};

const CRLF = '\r\n';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Header lines SHOULD stay within 78 characters (RFC 5322 §2.1.1). */
const MAX_LINE = 78;
/** 42 bytes become 56 base64 characters: with `=?UTF-8?B?…?=` 68, so even after "Subject: " a line stays within 78. */
const ENCODED_WORD_BYTES = 42;

const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);
const pad = (value: number) => String(value).padStart(2, '0');

/** RFC 5322 date-time in UTC, e.g. `Tue, 30 Jun 2026 06:00:00 +0000`. */
export function formatMailDate(date: Date): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} +0000`;
}

/** Non-ASCII text as RFC 2047 encoded words, split on character boundaries so no UTF-8 sequence is cut. */
function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    if (Buffer.byteLength(chunk + character, 'utf8') > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`);
}

/** `Name: value`, folded at spaces (or between encoded words) so lines stay short. */
function formatHeader(name: string, value: string): string {
  const tokens = isPrintableAscii(value) ? value.split(' ') : encodeWords(value);
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > MAX_LINE && line.length > name.length + 1) {
      lines.push(line);
      line = '';
    }
    line += ` ${token}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** `"Display Name" <address>`; a non-ASCII name as encoded words (which may not be quoted). */
export function formatMailbox({ name, email }: TMailAddress): string {
  if (!name) return `<${email}>`;
  const display = isPrintableAscii(name) ? `"${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"` : encodeWords(name).join(' ');
  return `${display} <${email}>`;
}

/** The body as base64 of UTF-8 in 76-character lines: safe through any transport, any text. */
function encodeBody(text: string): string {
  const normalised = text.replace(/\r?\n/g, CRLF);
  return (
    Buffer.from(normalised, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);
}

export function formatMailMessage(message: TMailMessage): string {
  const headers = [
    formatHeader('From', formatMailbox(message.from)),
    formatHeader('To', formatMailbox(message.to)),
    formatHeader('Subject', message.subject),
    `Date: ${formatMailDate(message.date)}`,
    `Message-ID: <${message.messageId}>`,
    // RFC 3834: tells auto-responders not to answer a machine-generated message.
    'Auto-Submitted: auto-generated',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${encodeBody(message.text)}${CRLF}`;
}
