import { describe, expect, test } from 'vitest';
import { alignFileNameWithMediaType, hasFolderParts, sanitizeFileName } from './sanitize-file-name';

describe('sanitizeFileName', () => {
  test('path traversal keeps only the last name, whichever separator the client used', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..\\..\\Windows\\System32\\drivers\\etc\\hosts')).toBe('hosts');
    expect(sanitizeFileName('/var/www/html/shell.php')).toBe('shell.php');
    expect(sanitizeFileName('C:\\Users\\me\\Desktop\\Report 2024.pdf')).toBe('Report 2024.pdf');
  });

  test('nothing usable left gives a neutral name', () => {
    for (const raw of ['', '..', '../..', '/', '...', '   ', '\u0000\u0001']) expect(sanitizeFileName(raw)).toBe('evidence');
  });

  test('leading dots (hidden files, `..`) and trailing dots and spaces go', () => {
    expect(sanitizeFileName('.htaccess')).toBe('htaccess');
    expect(sanitizeFileName('..evil.pdf')).toBe('evil.pdf');
    expect(sanitizeFileName('report.pdf. . ')).toBe('report.pdf');
  });

  test('control characters and text-reordering characters are removed', () => {
    expect(sanitizeFileName('rep\u0000ort\n\r\t.pdf')).toBe('report.pdf');
    // Shown as "invoiceexe.pdf" by systems that honour the right-to-left override.
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('a\u200Bb\uFEFF.txt')).toBe('ab.txt');
  });

  test('characters Windows refuses are replaced, device names defused, spaces collapsed', () => {
    expect(sanitizeFileName('a:b*c?"d"<e>|f.pdf')).toBe('a_b_c__d__e__f.pdf');
    expect(sanitizeFileName('CON.txt')).toBe('_CON.txt');
    expect(sanitizeFileName('lpt1')).toBe('_lpt1');
    expect(sanitizeFileName('console.txt')).toBe('console.txt');
    expect(sanitizeFileName('Quality   report\u00a0 2024.pdf')).toBe('Quality report 2024.pdf');
  });

  test('long names are cut to 120 characters keeping the extension, without splitting characters', () => {
    const long = sanitizeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
    const emoji = sanitizeFileName(`${'😀'.repeat(200)}.csv`);
    expect(Array.from(emoji)).toHaveLength(120);
    expect(emoji.endsWith('😀.csv')).toBe(true);
  });

  test('accents and other scripts are kept (composed form)', () => {
    expect(sanitizeFileName('Prüfbericht – Übersicht.pdf')).toBe('Prüfbericht – Übersicht.pdf');
    expect(sanitizeFileName('Pru\u0308fung.pdf')).toBe('Prüfung.pdf');
    expect(sanitizeFileName('報告書.docx')).toBe('報告書.docx');
  });
});

describe('hasFolderParts', () => {
  test('names with folders or dot-segments are told apart from plain names', () => {
    for (const raw of ['../../etc/passwd', '..\\..\\boot.ini', 'a/b.pdf', '/etc/shadow', '..', ' . ']) expect(hasFolderParts(raw)).toBe(true);
    for (const raw of ['report.pdf', 'report..final.pdf', '...pdf', 'Q3 figures (draft).xlsx']) expect(hasFolderParts(raw)).toBe(false);
  });
});

describe('alignFileNameWithMediaType', () => {
  test('a name whose extension fits the sniffed type is kept', () => {
    expect(alignFileNameWithMediaType('report.PDF', 'application/pdf')).toBe('report.PDF');
    expect(alignFileNameWithMediaType('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(alignFileNameWithMediaType('figures.csv', 'text/plain')).toBe('figures.csv');
  });

  test("otherwise the type's extension is added, so a download never opens as something else", () => {
    expect(alignFileNameWithMediaType('run.bat', 'text/plain')).toBe('run.bat.txt');
    expect(alignFileNameWithMediaType('report.pdf', 'image/png')).toBe('report.pdf.png');
    expect(alignFileNameWithMediaType('evidence', 'application/vnd.oasis.opendocument.text')).toBe('evidence.odt');
    expect(Array.from(alignFileNameWithMediaType('y'.repeat(120), 'application/pdf'))).toHaveLength(120);
    expect(alignFileNameWithMediaType('y'.repeat(120), 'application/pdf').endsWith('y.pdf')).toBe(true);
  });
});
