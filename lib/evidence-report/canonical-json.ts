// Canonical JSON: the one text form a value has, so that equal inputs always hash alike. Object keys
// are sorted (by UTF-16 code units, as Array.prototype.sort does), dates become ISO strings,
// undefined members are dropped, and there is no whitespace. Array order is kept: collectors sort
// their lists themselves, by stable keys, before anything is hashed.
import { createHash } from 'node:crypto';

export type TJsonValue = string | number | boolean | null | TJsonValue[] | { [key: string]: TJsonValue };

/** The value as plain JSON data, keys sorted; throws on what JSON cannot carry faithfully. */
export function toCanonicalValue(value: unknown, path = '$'): TJsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // NaN and Infinity would silently become null in JSON.stringify and hide a broken figure.
    if (!Number.isFinite(value)) throw new Error(`Not a finite number at ${path}: ${value}`);
    return Object.is(value, -0) ? 0 : value;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`Invalid date at ${path}`);
    return value.toISOString();
  }
  if (Array.isArray(value)) return value.map((entry, index) => toCanonicalValue(entry === undefined ? null : entry, `${path}[${index}]`));
  if (typeof value === 'object') {
    const result: { [key: string]: TJsonValue } = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) result[key] = toCanonicalValue(member, `${path}.${key}`);
    }
    return result;
  }
  throw new Error(`Not JSON data at ${path}: ${typeof value}`);
}

/** The canonical text: sorted keys, no whitespace. JSON.stringify keeps insertion order, which is sorted here. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(toCanonicalValue(value));
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
