/*
 * Writes rows in the CSV dialect of Coursera research exports (PostgreSQL COPY CSV with `\` as escape; see
 * lib/import/coursera/parse-csv.ts). Text, numbers, booleans and NULL go through the colleague's encodeCsvField;
 * two kinds it does not cover are handled here:
 * - hashed user ids and DATE values are written unquoted, as in real exports (the 40-hex ids appear bare);
 * - timestamps drop a zero millisecond part (`2024-01-02 03:04:05`), as PostgreSQL prints them, so an export holds
 *   both forms the importer must read. encodeCsvField always writes `.000`.
 */
import { encodeCsvField } from '@/lib/import/coursera/encode-csv-field';

/**
 * `text` quoted with escapes · `hash` a 40-hex id, unquoted · `int`/`float` numbers · `bool` t/f ·
 * `ts` epoch milliseconds → `YYYY-MM-DD HH:MM:SS[.mmm]` (UTC) · `date` epoch milliseconds → `YYYY-MM-DD`.
 */
export type TColumnKind = 'text' | 'hash' | 'int' | 'float' | 'bool' | 'ts' | 'date';

export type TColumn = { name: string; kind: TColumnKind };

/** One row: a value per column, null = NULL. Timestamps and dates are epoch milliseconds. */
export type TRow = (string | number | boolean | null)[];

/** Flush to the zip entry in pieces of about this many UTF-16 code units. */
const CHUNK_LENGTH = 64 * 1024;

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const DAY_MS = 86_400_000;
/** Bounded caches: the export repeats a few thousand days and ids millions of times (course_progress). */
const CACHE_LIMIT = 50_000;
const dayPrefixes = new Map<number, string>();
const encodedTexts = new Map<string, string>();

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC, without the fraction when it is zero. Hot path: arithmetic, no Date per call. */
export function formatExportTimestamp(ts: number): string {
  if (!Number.isInteger(ts)) throw new RangeError(`a timestamp must be integer milliseconds, got ${ts}`);
  const day = Math.floor(ts / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const iso = new Date(day * DAY_MS).toISOString();
    if (iso.length !== 24) throw new RangeError(`cannot write the timestamp ${iso}; the export format has four-digit years`);
    prefix = `${iso.slice(0, 10)} `;
    if (dayPrefixes.size >= CACHE_LIMIT) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  const inDay = ts - day * DAY_MS;
  const milliseconds = inDay % 1000;
  const seconds = Math.floor(inDay / 1000);
  const time = `${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
  return milliseconds === 0 ? prefix + time : `${prefix}${time}.${THREE_DIGITS[milliseconds]}`;
}

export function formatExportDate(ts: number): string {
  return new Date(ts).toISOString().slice(0, 10);
}

/** encodeCsvField for text, memoised for the short values (ids, enum strings) that repeat on every row. */
function encodeText(value: string): string {
  if (value.length > 40) return encodeCsvField(value);
  let encoded = encodedTexts.get(value);
  if (encoded === undefined) {
    encoded = encodeCsvField(value);
    if (encodedTexts.size >= CACHE_LIMIT) encodedTexts.clear();
    encodedTexts.set(value, encoded);
  }
  return encoded;
}

function encodeField(kind: TColumnKind, value: string | number | boolean | null): string {
  if (value === null) return '';
  switch (kind) {
    case 'ts':
      return formatExportTimestamp(value as number);
    case 'date':
      return formatExportDate(value as number);
    case 'hash':
      return value as string;
    case 'text':
      return typeof value === 'string' ? encodeText(value) : encodeCsvField(value);
    default:
      return encodeCsvField(value);
  }
}

export function encodeExportRecord(columns: readonly TColumn[], row: TRow): string {
  if (row.length !== columns.length) throw new Error(`a row has ${row.length} values for ${columns.length} columns (${columns.map((c) => c.name).join(',')})`);
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += ',';
    line += encodeField((columns[i] as TColumn).kind, row[i] as string | number | boolean | null);
  }
  return `${line}\n`;
}

/**
 * The file as UTF-8 pieces: the header line (column names unquoted, as COPY … HEADER writes them), then the rows,
 * pulled from `rows` only as fast as the consumer reads, so a table of any size streams in constant memory.
 */
export function* generateCsvChunks(columns: readonly TColumn[], rows: Iterable<TRow>, onRow: () => void): Generator<Buffer> {
  let text = `${columns.map((column) => column.name).join(',')}\n`;
  for (const row of rows) {
    text += encodeExportRecord(columns, row);
    onRow();
    if (text.length >= CHUNK_LENGTH) {
      yield Buffer.from(text, 'utf8');
      text = '';
    }
  }
  if (text.length > 0) yield Buffer.from(text, 'utf8');
}
