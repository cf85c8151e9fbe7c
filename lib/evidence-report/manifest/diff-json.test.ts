import { expect, test } from 'vitest';
import { listJsonDifferences } from './diff-json';

test('equal values have no differences', () => {
  expect(listJsonDifferences({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
});

test('a changed figure is named by its path, list entries by their slug or id', () => {
  const bundle = {
    certificates: [
      { slug: 'ibm-data-science', ledger: { totalHours: 141 } },
      { slug: 'ibm-ai-engineering', ledger: { totalHours: 120 } },
    ],
  };
  const database = {
    certificates: [
      { slug: 'ibm-data-science', ledger: { totalHours: 142 } },
      { slug: 'ibm-ai-engineering', ledger: { totalHours: 120 } },
    ],
  };
  expect(listJsonDifferences(bundle, database, 'inputs')).toEqual(['inputs.certificates[ibm-data-science].ledger.totalHours: bundle 141, database 142']);
});

test('an entry added or removed is one difference, not a shift of all that follow', () => {
  const bundle = {
    evidence: [
      { id: 'a', sha256: '1' },
      { id: 'c', sha256: '3' },
    ],
  };
  const database = {
    evidence: [
      { id: 'a', sha256: '1' },
      { id: 'b', sha256: '2' },
      { id: 'c', sha256: '3' },
    ],
  };
  expect(listJsonDifferences(bundle, database)).toEqual(['evidence[b]: bundle (absent), database {"id":"b","sha256":"2"}']);
});

test('lists without labels are compared by position; a missing key shows as absent', () => {
  expect(listJsonDifferences({ list: [1, 2], gone: true }, { list: [1, 3] })).toEqual([
    'gone: bundle true, database (absent)',
    'list[1]: bundle 2, database 3',
  ]);
});
