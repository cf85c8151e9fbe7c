import { describe, expect, test } from 'vitest';
import { neutralizeFormula } from './neutralize-formula';
import { toCsv } from './to-csv';

describe('neutralizeFormula', () => {
  test('text that a spreadsheet would evaluate gets a leading apostrophe', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) expect(neutralizeFormula(text)).toBe(`'${text}`);
  });

  test('ordinary text is unchanged', () => {
    expect(neutralizeFormula('Python for Data Science')).toBe('Python for Data Science');
    expect(neutralizeFormula('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  const table = {
    name: 'comments',
    columns: [
      { key: 'text', header: 'Text' },
      { key: 'n', header: 'n' },
      { key: 'at', header: 'At' },
    ],
    rows: [
      { text: '=1+1', n: -5, at: new Date('2026-11-23T10:00:00Z') },
      { text: 'He said "great"\nnew line, <b>bold</b>', n: 2.5, at: null },
    ],
  };

  test('quotes text, doubles quotes, keeps newlines inside the field, neutralises formulas; numbers stay numbers', () => {
    expect(toCsv(table)).toBe(`\uFEFF"Text","n","At"\r\n"'=1+1",-5,"2026-11-23T10:00:00.000Z"\r\n"He said ""great""\nnew line, <b>bold</b>",2.5,\r\n`);
  });
});
