import { expect, test } from 'vitest';
import { TocRegistry } from './toc';

const entries = [
  { id: 'a', title: 'A', level: 1 as const },
  { id: 'b', title: 'B', level: 2 as const },
];

test('settled once every contents line printed the page its heading was last recorded on', () => {
  const toc = new TocRegistry(entries);
  toc.recordPage('a', 2);
  toc.recordPage('b', 2);
  toc.recordPage('b', 3);
  expect(toc.pageFor('a')).toBe(2);
  expect(toc.pageFor('b')).toBe(3);
  expect(toc.isSettled()).toBe(true);
});

test('not settled when a line printed before its heading moved, or when a heading never rendered', () => {
  const toc = new TocRegistry(entries);
  toc.recordPage('a', 2);
  expect(toc.pageFor('a')).toBe(2);
  expect(toc.pageFor('b')).toBeNull();
  toc.recordPage('a', 3);
  expect(toc.isSettled()).toBe(false);
  // The next rendering prints the numbers now known.
  toc.recordPage('b', 4);
  toc.pageFor('a');
  toc.pageFor('b');
  expect(toc.isSettled()).toBe(true);
});
