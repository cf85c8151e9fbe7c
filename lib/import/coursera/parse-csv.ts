import { ImportError } from './import-error';

/*
 * Streaming reader for the CSV dialect of Coursera research exports.
 *
 * Coursera's load.sql reads every file with PostgreSQL `COPY … (FORMAT csv, HEADER, ESCAPE '\')`, so this parser
 * follows PostgreSQL's CSV rules with a backslash escape, not RFC 4180:
 * - delimiter `,`, quote `"`, first line is the header;
 * - inside quotes `\"` is a quote and `\\` a backslash; any other backslash is kept literally (PostgreSQL only lets
 *   the escape character escape the quote and itself), and a quote not preceded by the escape closes the field,
 *   so `""` is not an escaped quote;
 * - outside quotes a backslash is an ordinary character;
 * - an empty unquoted field is NULL (`null`), a quoted empty field `""` is the empty string;
 * - quoted fields may hold raw LF and CRLF, which are kept verbatim; records end in LF or CRLF;
 * - a last record without a line end is a record; blank lines at the end of the file are ignored.
 * It is stricter than PostgreSQL where PostgreSQL would silently glue text together: a quote inside an unquoted
 * field, text after a closing quote and a bare CR outside quotes are errors, because in an export they mean a
 * broken file, not data.
 *
 * General-purpose parsers are either wrong for this dialect (papaparse, udsv and csv-parser do not unescape `\\`)
 * or 8x slower than a purpose-built one (csv-parse), and none of them tells NULL from `""`
 * (see shared/reference/load-path-measurements.md). Speed comes from finding delimiters, line ends, quotes and
 * backslashes with native indexOf (positions cached, so each is searched about once) and slicing whole runs of the
 * decoded text instead of building fields character by character, and from yielding arrays of records, because an
 * async-generator step per record costs more than parsing the record. Measured on generated course_progress rows
 * (5 short unquoted fields): about 2-3M rows/s with parseCsvBatches, about half that with parseCsvRecords.
 */

/** One record: its fields in file order and the 1-based physical line where it starts. */
export type TCsvRecord = {
  line: number;
  fields: (string | null)[];
};

/** What the export's files deliver: raw bytes (UTF-8) from a file or zip stream, or already decoded text. */
export type TCsvSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export type TParseCsvOptions = {
  /** File name used in error messages, e.g. `courses.csv`. */
  file: string;
  /**
   * Largest accepted field, in UTF-8 bytes after unescaping. It bounds memory when a stray quote turns the rest of
   * a file into one field. Exports have fields above 128 KB (course descriptions, CML), so keep it generous.
   */
  maxFieldBytes?: number;
};

/** Incremental parser over decoded text; {@link parseCsvBatches} drives it from a byte stream. */
export type TCsvParser = {
  /** Parses `text` (the next piece of the file, cut anywhere) and appends every record it completes to `out`. */
  pushText(text: string, out: TCsvRecord[]): void;
  /** Ends the input: completes a last record that lacks a line end, or throws for an unterminated quoted field. */
  finish(out: TCsvRecord[]): void;
  /** 1-based physical line of the next character to be read. */
  readonly line: number;
};

export const DEFAULT_MAX_FIELD_BYTES = 16 * 1024 * 1024;
/** Input is parsed (and batches are yielded) in pieces of at most this many bytes or UTF-16 code units. */
const PIECE_LENGTH = 64 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const BYTE_ORDER_MARK = 0xfeff;

/** Before the first character of a field; at the start of a record when no field has been read yet. */
const STATE_FIELD_START = 0;
const STATE_UNQUOTED = 1;
const STATE_QUOTED = 2;
/** Inside quotes right after a backslash that ended a chunk: its meaning depends on the next chunk's first char. */
const STATE_QUOTED_ESCAPE = 3;
/** A quoted field was closed (and stored); only a delimiter or a line end may follow. */
const STATE_AFTER_QUOTE = 4;
/** A CR ended the record's last field (already stored); only LF may follow. */
const STATE_AFTER_CR = 5;

class CsvParser implements TCsvParser {
  line = 1;
  private state = STATE_FIELD_START;
  /** Text of the field being read, carried across chunk boundaries. */
  private value = '';
  private fields: (string | null)[] = [];
  private recordLine = 1;
  /** Where the quoted field being read opened, for the "unterminated" message. */
  private quoteLine = 1;
  /** Blank lines are held back until a later record shows they are not the blank tail of the file. */
  private blankLineStart = 0;
  private blankLineCount = 0;
  private columnNames: readonly string[] | null = null;
  private isAtStart = true;
  private readonly file: string;
  private readonly maxFieldBytes: number;
  /** A field of at most this many UTF-16 code units cannot exceed maxFieldBytes (one code unit is at most 3 bytes). */
  private readonly safeFieldLength: number;

  constructor(options: TParseCsvOptions) {
    const maxFieldBytes = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES;
    if (!Number.isInteger(maxFieldBytes) || maxFieldBytes < 1) throw new RangeError(`maxFieldBytes must be a positive integer, got ${maxFieldBytes}`);
    this.file = options.file;
    this.maxFieldBytes = maxFieldBytes;
    this.safeFieldLength = Math.floor(maxFieldBytes / 3);
  }

  pushText(text: string, out: TCsvRecord[]): void {
    const n = text.length;
    let i = 0;
    if (this.isAtStart) {
      if (n === 0) return;
      this.isAtStart = false;
      // TextDecoder drops a leading BOM from bytes; text sources may still carry one.
      if (text.charCodeAt(0) === BYTE_ORDER_MARK) i = 1;
    }
    let state = this.state;
    let value = this.value;
    let fields = this.fields;
    let line = this.line;
    // Next position (>= the position it was searched from) of each special character, or n if there is none.
    // A cached position below i is stale. indexOf scans natively, far faster than a charCodeAt loop, and the cache
    // makes each character be scanned about once per special character, however short the fields are.
    let nextComma = -1;
    let nextLf = -1;
    let nextCr = -1;
    let nextQuote = -1;
    let nextBackslash = -1;

    while (i < n) {
      if (state === STATE_FIELD_START) {
        const c = text.charCodeAt(i);
        if (c === COMMA) {
          fields.push(null);
          i++;
          continue;
        }
        if (c === LF) {
          // After a delimiter the line end closes an empty (NULL) field; at the start of a record it is a blank line.
          if (fields.length > 0) fields.push(null);
          i++;
          line++;
          fields = this.endRecord(fields, line, out);
          continue;
        }
        if (c === CR) {
          if (fields.length > 0) fields.push(null);
          i++;
          state = STATE_AFTER_CR;
          continue;
        }
        if (c === QUOTE) {
          state = STATE_QUOTED;
          this.quoteLine = line;
          i++;
        } else {
          state = STATE_UNQUOTED;
        }
      }

      if (state === STATE_UNQUOTED) {
        if (nextComma < i) nextComma = findOrEnd(text, ',', i);
        if (nextLf < i) nextLf = findOrEnd(text, '\n', i);
        if (nextCr < i) nextCr = findOrEnd(text, '\r', i);
        if (nextQuote < i) nextQuote = findOrEnd(text, '"', i);
        let end = Math.min(nextComma, nextLf);
        if (nextCr < end) end = nextCr;
        if (nextQuote < end) {
          this.throwError(fields.length, 'unexpected quote inside an unquoted field (quote the whole field and write a quote as \\")');
        }
        if (end === n) {
          value += text.slice(i, n);
          if (value.length > this.maxFieldBytes) this.throwFieldTooLarge(fields.length);
          break;
        }
        const field = value === '' ? text.slice(i, end) : value + text.slice(i, end);
        if (field.length > this.safeFieldLength) this.checkFieldSize(field, fields.length);
        fields.push(field);
        value = '';
        i = end + 1;
        if (end === nextComma) {
          state = STATE_FIELD_START;
        } else if (end === nextLf) {
          line++;
          fields = this.endRecord(fields, line, out);
          state = STATE_FIELD_START;
        } else {
          state = STATE_AFTER_CR;
        }
        continue;
      }

      if (state === STATE_QUOTED) {
        const scanStart = i;
        let segmentStart = i;
        let end = n;
        let isEscapeCut = false;
        for (;;) {
          if (nextQuote < i) nextQuote = findOrEnd(text, '"', i);
          if (nextBackslash < i) nextBackslash = findOrEnd(text, '\\', i);
          if (nextQuote < nextBackslash) {
            end = nextQuote;
            break;
          }
          if (nextBackslash === n) break;
          const backslashAt = nextBackslash;
          if (backslashAt + 1 === n) {
            // The chunk ends between a backslash and the character it may escape.
            isEscapeCut = true;
            end = backslashAt;
            break;
          }
          const next = text.charCodeAt(backslashAt + 1);
          if (next === QUOTE || next === BACKSLASH) {
            // Drop the backslash; the escaped character starts the next run.
            value += text.slice(segmentStart, backslashAt);
            segmentStart = backslashAt + 1;
            i = backslashAt + 2;
          } else {
            // Any other backslash is literal and the next character is read normally (it may even close the field).
            i = backslashAt + 1;
          }
        }
        if (nextLf < scanStart) nextLf = findOrEnd(text, '\n', scanStart);
        while (nextLf < end) {
          line++;
          nextLf = findOrEnd(text, '\n', nextLf + 1);
        }
        if (end === n || isEscapeCut) {
          value += text.slice(segmentStart, end);
          if (value.length > this.maxFieldBytes) this.throwFieldTooLarge(fields.length);
          if (isEscapeCut) state = STATE_QUOTED_ESCAPE;
          break;
        }
        const field = value === '' ? text.slice(segmentStart, end) : value + text.slice(segmentStart, end);
        if (field.length > this.safeFieldLength) this.checkFieldSize(field, fields.length);
        fields.push(field);
        value = '';
        i = end + 1;
        state = STATE_AFTER_QUOTE;
        continue;
      }

      if (state === STATE_AFTER_QUOTE) {
        const c = text.charCodeAt(i);
        i++;
        if (c === COMMA) {
          state = STATE_FIELD_START;
        } else if (c === LF) {
          line++;
          fields = this.endRecord(fields, line, out);
          state = STATE_FIELD_START;
        } else if (c === CR) {
          state = STATE_AFTER_CR;
        } else {
          this.throwError(fields.length - 1, `unexpected character ${describeCharacter(text, i - 1)} after closing quote`);
        }
      } else if (state === STATE_QUOTED_ESCAPE) {
        const c = text.charCodeAt(i);
        if (c === QUOTE || c === BACKSLASH) {
          value += c === QUOTE ? '"' : '\\';
          i++;
        } else {
          value += '\\';
        }
        state = STATE_QUOTED;
      } else {
        // STATE_AFTER_CR: PostgreSQL also rejects a bare CR outside quotes in a file whose lines end in LF.
        if (text.charCodeAt(i) !== LF) this.throwError(fields.length - 1, 'carriage return outside quotes that is not followed by a line feed');
        i++;
        line++;
        fields = this.endRecord(fields, line, out);
        state = STATE_FIELD_START;
      }
    }

    this.state = state;
    this.value = value;
    this.fields = fields;
    this.line = line;
  }

  finish(out: TCsvRecord[]): void {
    const fields = this.fields;
    switch (this.state) {
      case STATE_FIELD_START:
        if (fields.length === 0) break;
        fields.push(null);
        this.endRecord(fields, this.line, out);
        break;
      case STATE_UNQUOTED:
        if (this.value.length > this.safeFieldLength) this.checkFieldSize(this.value, fields.length);
        fields.push(this.value);
        this.endRecord(fields, this.line, out);
        break;
      case STATE_QUOTED:
      case STATE_QUOTED_ESCAPE:
        this.throwError(fields.length, `unterminated quoted field starting at line ${this.quoteLine}`);
        break;
      default:
        // After a closing quote or a CR the record is complete; a final CR without LF is taken as the line end.
        this.endRecord(fields, this.line, out);
    }
    this.state = STATE_FIELD_START;
    this.value = '';
    this.fields = [];
    // Blank lines still held back are the blank tail of the file: ignored, as promised.
    this.blankLineCount = 0;
  }

  /** Emits the finished record (or holds back a blank line) and returns the array for the next record. */
  private endRecord(fields: (string | null)[], nextLine: number, out: TCsvRecord[]): (string | null)[] {
    if (fields.length === 0) {
      if (this.blankLineCount === 0) this.blankLineStart = this.recordLine;
      this.blankLineCount++;
      this.recordLine = nextLine;
      return fields;
    }
    if (this.blankLineCount > 0) this.flushBlankLines(out);
    out.push({ line: this.recordLine, fields });
    if (this.columnNames === null) this.columnNames = fields.map((name) => name ?? '');
    this.recordLine = nextLine;
    return [];
  }

  /** A blank line inside the file is a record with one NULL field, as PostgreSQL reads it. */
  private flushBlankLines(out: TCsvRecord[]): void {
    for (let k = 0; k < this.blankLineCount; k++) out.push({ line: this.blankLineStart + k, fields: [null] });
    if (this.columnNames === null) this.columnNames = [''];
    this.blankLineCount = 0;
  }

  private checkFieldSize(field: string, fieldIndex: number): void {
    if (field.length > this.maxFieldBytes || countUtf8Bytes(field) > this.maxFieldBytes) this.throwFieldTooLarge(fieldIndex);
  }

  private throwFieldTooLarge(fieldIndex: number): never {
    this.throwError(fieldIndex, `field is larger than the limit of ${this.maxFieldBytes} bytes`);
  }

  private throwError(fieldIndex: number, reason: string): never {
    // The header names the columns of every later record; inside the header itself there are no names yet.
    const column = this.columnNames?.[fieldIndex] || null;
    throw new ImportError({ file: this.file, line: this.recordLine, column, reason });
  }
}

/** A parser for text that arrives in pieces; use it directly when the text is already decoded. */
export function createCsvParser(options: TParseCsvOptions): TCsvParser {
  return new CsvParser(options);
}

/**
 * Parses a CSV byte (or text) stream into batches of records, at most one per 64 KiB of input, so a batch holds
 * hundreds of records, not millions. The header is the first record of the first batch. Prefer this over
 * {@link parseCsvRecords} on large files; a batch also fits the multi-row insert / COPY buffers of the bulk loaders.
 *
 * Field strings may be slices of the decoded input piece (V8 shares the characters), so a field kept for the whole
 * import keeps its 64 KiB piece alive; that is why pieces are small.
 *
 * Throws {@link ImportError} for malformed CSV, invalid UTF-8 and oversized fields.
 */
export async function* parseCsvBatches(source: TCsvSource, options: TParseCsvOptions): AsyncGenerator<TCsvRecord[], void, undefined> {
  const parser = new CsvParser(options);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Kept only to locate invalid UTF-8: the bytes of an incomplete character at the end of the input so far.
  let pendingBytes: Uint8Array = new Uint8Array(0);
  let byteOffset = 0;

  for await (const chunk of source) {
    // Big chunks (1 MiB file reads) are cut into pieces: small batches are consumed before the next young-generation
    // GC and die young; one batch per megabyte got promoted and made GC half of the parse time.
    for (let start = 0; start < chunk.length; start += PIECE_LENGTH) {
      const out: TCsvRecord[] = [];
      if (typeof chunk === 'string') {
        if (pendingBytes.length > 0) throwTruncatedUtf8(parser, options.file, byteOffset - pendingBytes.length);
        parser.pushText(chunk.length <= PIECE_LENGTH ? chunk : chunk.slice(start, start + PIECE_LENGTH), out);
      } else {
        const piece = chunk.length <= PIECE_LENGTH ? chunk : chunk.subarray(start, start + PIECE_LENGTH);
        let text: string;
        try {
          text = decoder.decode(piece, { stream: true });
        } catch (error) {
          throwInvalidUtf8(parser, options.file, concatBytes(pendingBytes, piece), byteOffset - pendingBytes.length, error);
        }
        pendingBytes = getIncompleteUtf8Tail(piece.length >= 4 ? piece : concatBytes(pendingBytes, piece));
        byteOffset += piece.length;
        parser.pushText(text, out);
      }
      if (out.length > 0) yield out;
    }
  }

  if (pendingBytes.length > 0) throwTruncatedUtf8(parser, options.file, byteOffset - pendingBytes.length);
  const out: TCsvRecord[] = [];
  parser.finish(out);
  if (out.length > 0) yield out;
}

/** Record by record; simpler to consume than {@link parseCsvBatches} but several times slower on big files. */
export async function* parseCsvRecords(source: TCsvSource, options: TParseCsvOptions): AsyncGenerator<TCsvRecord, void, undefined> {
  for await (const batch of parseCsvBatches(source, options)) {
    for (const record of batch) yield record;
  }
}

/** Parses a whole CSV text at once (tests, small definition files). The header is the first record. */
export function parseCsvText(text: string, options: TParseCsvOptions): TCsvRecord[] {
  const parser = new CsvParser(options);
  const out: TCsvRecord[] = [];
  parser.pushText(text, out);
  parser.finish(out);
  return out;
}

export type TReadCsvTableOptions = TParseCsvOptions & {
  /** Header names that must be present (order does not matter: columns are mapped by name, never by position). */
  requiredColumns?: readonly string[];
};

export type TCsvTable = {
  /** Column names in file order. */
  header: readonly string[];
  /** Column name → field index, for mapping by header name. */
  columnIndex: ReadonlyMap<string, number>;
  /** 1-based line of the header. */
  headerLine: number;
  /**
   * The data records (header excluded) in batches, each record checked to have exactly `header.length` fields.
   * Iterate it once. If you stop early without iterating to the end, call `batches.return()` to close the source.
   */
  batches: AsyncGenerator<TCsvRecord[], void, undefined>;
};

/**
 * Reads and checks the header (non-empty, unique names, required columns present), then hands out the data
 * records in batches with a field-count check. The header comes first so callers can map columns by name before
 * touching a row. An empty file is an error: without a header nothing can be mapped.
 */
export async function readCsvTable(source: TCsvSource, options: TReadCsvTableOptions): Promise<TCsvTable> {
  const { file } = options;
  const batches = parseCsvBatches(source, options);
  try {
    let first: TCsvRecord[] = [];
    while (first.length === 0) {
      const next = await batches.next();
      if (next.done) throw new ImportError({ file, line: null, column: null, reason: 'the file is empty; expected a header line' });
      first = next.value;
    }
    const headerRecord = first[0] as TCsvRecord;
    const header = checkHeader(headerRecord, options);
    const columnIndex = new Map(header.map((name, index) => [name, index]));
    return { header, columnIndex, headerLine: headerRecord.line, batches: checkFieldCounts(first.slice(1), batches, header.length, file) };
  } catch (error) {
    await batches.return(undefined);
    throw error;
  }
}

function checkHeader(record: TCsvRecord, options: TReadCsvTableOptions): string[] {
  const { file } = options;
  const header: string[] = [];
  const seen = new Set<string>();
  for (const [index, name] of record.fields.entries()) {
    if (name === null || name === '') {
      throw new ImportError({ file, line: record.line, column: null, reason: `header field ${index + 1} is empty; every column needs a name` });
    }
    if (seen.has(name)) throw new ImportError({ file, line: record.line, column: name, reason: 'the header names this column twice' });
    seen.add(name);
    header.push(name);
  }
  const missing = (options.requiredColumns ?? []).filter((name) => !seen.has(name));
  if (missing.length === 1) {
    throw new ImportError({ file, line: record.line, column: missing[0] ?? null, reason: 'required column is missing from the header' });
  }
  if (missing.length > 1) {
    throw new ImportError({ file, line: record.line, column: null, reason: `required columns are missing from the header: ${missing.join(', ')}` });
  }
  return header;
}

async function* checkFieldCounts(
  firstBatch: TCsvRecord[],
  rest: AsyncGenerator<TCsvRecord[], void, undefined>,
  fieldCount: number,
  file: string,
): AsyncGenerator<TCsvRecord[], void, undefined> {
  if (firstBatch.length > 0) {
    assertFieldCounts(firstBatch, fieldCount, file);
    yield firstBatch;
  }
  for await (const batch of rest) {
    assertFieldCounts(batch, fieldCount, file);
    yield batch;
  }
}

function assertFieldCounts(batch: readonly TCsvRecord[], fieldCount: number, file: string): void {
  for (const record of batch) {
    if (record.fields.length !== fieldCount) {
      throw new ImportError({
        file,
        line: record.line,
        column: null,
        reason: `expected ${fieldCount} fields (as in the header), found ${record.fields.length}`,
      });
    }
  }
}

/** Position of `character` at or after `from`, or the text length when there is none (so it compares as "later"). */
function findOrEnd(text: string, character: string, from: number): number {
  const index = text.indexOf(character, from);
  return index === -1 ? text.length : index;
}

function describeCharacter(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(code));
}

/** UTF-8 length of a string; only called for fields near the size limit. */
function countUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** Expected total length of a UTF-8 sequence from its lead byte; 0 for a byte that cannot start one. */
function getUtf8SequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The bytes of a character that starts but does not end in `bytes` (already known to be valid up to there). */
function getIncompleteUtf8Tail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    return getUtf8SequenceLength(byte) > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/** Offset of the first byte of the first invalid sequence (WHATWG decoder rules), or -1 if none is complete yet. */
function findInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = getUtf8SequenceLength(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return -1;
      const byte = bytes[i + k] ?? 0;
      let low = 0x80;
      let high = 0xbf;
      if (k === 1) {
        // Second-byte limits rule out overlong forms, UTF-16 surrogates and code points above U+10FFFF.
        if (lead === 0xe0) low = 0xa0;
        else if (lead === 0xed) high = 0x9f;
        else if (lead === 0xf0) low = 0x90;
        else if (lead === 0xf4) high = 0x8f;
      }
      if (byte < low || byte > high) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Reports invalid UTF-8 at its line: the valid text before the bad bytes is parsed first, which also lets an earlier
 * CSV error win, as it would in a file read from the start.
 */
function throwInvalidUtf8(parser: CsvParser, file: string, bytes: Uint8Array, bytesOffset: number, cause: unknown): never {
  const invalidAt = Math.max(0, findInvalidUtf8Offset(bytes));
  parser.pushText(new TextDecoder('utf-8').decode(bytes.subarray(0, invalidAt)), []);
  throw new ImportError({ file, line: parser.line, column: null, reason: `invalid UTF-8 byte sequence at byte offset ${bytesOffset + invalidAt}` }, { cause });
}

function throwTruncatedUtf8(parser: CsvParser, file: string, bytesOffset: number): never {
  throw new ImportError({ file, line: parser.line, column: null, reason: `incomplete UTF-8 character at byte offset ${bytesOffset}` });
}
