import { expect, test } from 'vitest';
import { buildAttachmentDisposition } from './content-disposition';

test('an ASCII name is given as is, in both forms', () => {
  expect(buildAttachmentDisposition('Survey report.pdf')).toBe(`attachment; filename="Survey report.pdf"; filename*=UTF-8''Survey%20report.pdf`);
});

test('other characters get an ASCII stand-in and their UTF-8 form', () => {
  expect(buildAttachmentDisposition('Prüfbericht (final).pdf')).toBe(
    `attachment; filename="Pr_fbericht (final).pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%28final%29.pdf`,
  );
});

test('quotes and backslashes cannot end the quoted name early', () => {
  expect(buildAttachmentDisposition('a"; filename=evil.exe')).toBe(
    `attachment; filename="a_; filename=evil.exe"; filename*=UTF-8''a%22%3B%20filename%3Devil.exe`,
  );
});
