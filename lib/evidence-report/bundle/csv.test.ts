import { expect, test } from 'vitest';
import { toCsv, toCsvCell } from './csv';

test('cells starting like a formula are made inert with a leading apostrophe, and quoted', () => {
  expect(toCsvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
  expect(toCsvCell('+1')).toBe(`"'+1"`);
  expect(toCsvCell('-2+3')).toBe(`"'-2+3"`);
  expect(toCsvCell('@SUM(A1:A2)')).toBe(`"'@SUM(A1:A2)"`);
  expect(toCsvCell('\tcmd')).toBe(`"'\tcmd"`);
});

test('markup, quotes, commas and line breaks stay literal text inside one quoted cell', () => {
  expect(toCsvCell('<script>alert("x")</script>')).toBe('"<script>alert(""x"")</script>"');
  expect(toCsvCell('a, b')).toBe('"a, b"');
  expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
  expect(toCsvCell('plain')).toBe('plain');
});

test('numbers and empty values are written as such; our own negative numbers are not altered', () => {
  expect(toCsvCell(-3)).toBe('-3');
  expect(toCsvCell(1479)).toBe('1479');
  expect(toCsvCell(null)).toBe('');
});

test('rows end with CRLF, the header first', () => {
  expect(toCsv(['a', 'b'], [['=1', 2]])).toBe(`a,b\r\n"'=1",2\r\n`);
});
