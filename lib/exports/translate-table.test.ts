import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import serverDe from '@/messages/de/server.json';
import { translateTable } from './translate-table';

/** Every header literal of the dataset builders, read from their source. */
function headerLiterals(): string[] {
  return ['datasets.ts', 'survey-results.ts'].flatMap((file) =>
    [...readFileSync(join(__dirname, file), 'utf8').matchAll(/header: '([^']+)'/g)].map((match) => match[1] as string),
  );
}

test('every column header of every export has a German entry', () => {
  const headers = headerLiterals();
  expect(headers.length).toBeGreaterThan(40);
  expect(headers.filter((header) => !Object.hasOwn(serverDe, header))).toEqual([]);
});

test('headers are translated, keys and cells are kept', () => {
  const table = { name: 'x-courses', columns: [{ key: 'enrolled', header: 'Enrolled' }], rows: [{ enrolled: 1234 }] };
  expect(translateTable(table, 'de')).toEqual({ name: 'x-courses', columns: [{ key: 'enrolled', header: 'Eingeschrieben' }], rows: [{ enrolled: 1234 }] });
  expect(translateTable(table, 'en')).toEqual(table);
});
