import { expect, test } from 'vitest';
import { getClientAddress, UNKNOWN_ADDRESS } from './client-address';

test('without a proxy, the address Next.js recorded from the socket is the client', () => {
  expect(getClientAddress('203.0.113.7')).toBe('203.0.113.7');
  expect(getClientAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
  expect(getClientAddress('2001:DB8::1')).toBe('2001:db8::1');
});

test('entries a client prepended itself are ignored', () => {
  // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
  expect(getClientAddress('1.2.3.4, 198.51.100.20')).toBe('198.51.100.20');
});

test('trusted proxy hops skip the addresses of the proxies themselves', () => {
  expect(getClientAddress('1.2.3.4, 198.51.100.20, 10.0.0.2', 1)).toBe('198.51.100.20');
  expect(getClientAddress('198.51.100.20', 3)).toBe('198.51.100.20');
});

test('a request without the header is counted as one unknown client', () => {
  expect(getClientAddress(null)).toBe(UNKNOWN_ADDRESS);
  expect(getClientAddress(' , ')).toBe(UNKNOWN_ADDRESS);
});
