import { expect, test } from 'vitest';
import { isSameOrigin } from './same-origin';

const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/imports', { method: 'POST', headers });

test('a request from our own pages passes', () => {
  expect(isSameOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000' }))).toBe(true);
  expect(isSameOrigin(request({ host: 'localhost:3000', referer: 'http://localhost:3000/imports' }))).toBe(true);
});

test('a cross-site or origin-less request is refused', () => {
  expect(isSameOrigin(request({ host: 'localhost:3000', origin: 'https://evil.example' }))).toBe(false);
  expect(isSameOrigin(request({ host: 'localhost:3000' }))).toBe(false);
  expect(isSameOrigin(request({ host: 'localhost:3000', origin: 'not a url' }))).toBe(false);
});
