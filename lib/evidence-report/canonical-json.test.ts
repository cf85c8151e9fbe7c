import { expect, test } from 'vitest';
import { sha256Hex, toCanonicalJson } from './canonical-json';

test('keys are sorted at every depth and whitespace is gone, whatever the insertion order', () => {
  const a = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
  const b = { a: { c: 'x', d: [3, { y: null, z: true }] }, b: 1 };
  expect(toCanonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  expect(toCanonicalJson(b)).toBe(toCanonicalJson(a));
});

test('array order is kept: lists are ordered by their collectors, not here', () => {
  expect(toCanonicalJson([2, 1])).not.toBe(toCanonicalJson([1, 2]));
});

test('dates become ISO strings, undefined members are dropped, -0 is 0', () => {
  expect(toCanonicalJson({ at: new Date('2024-05-31T22:10:00Z'), gone: undefined, zero: -0 })).toBe('{"at":"2024-05-31T22:10:00.000Z","zero":0}');
  expect(toCanonicalJson([undefined])).toBe('[null]');
});

test('text is kept verbatim, markup and quotes included, escaped only as JSON requires', () => {
  expect(toCanonicalJson({ text: '<b>"=1+1"</b>\n' })).toBe('{"text":"<b>\\"=1+1\\"</b>\\n"}');
});

test('a figure that is not a finite number is refused instead of becoming null', () => {
  expect(() => toCanonicalJson({ rate: Number.NaN })).toThrow('Not a finite number at $.rate');
  expect(() => toCanonicalJson({ list: [1, Number.POSITIVE_INFINITY] })).toThrow('$.list[1]');
});

test('the hash is SHA-256 over the UTF-8 text, as sha256sum computes it', () => {
  expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
