import { describe, expect, test } from 'vitest';
import { encodeCsvField, type TCsvValue } from './encode-csv-field';
import { ImportError } from './import-error';
import { parseCsvBatches, parseCsvRecords, parseCsvText, readCsvTable, type TCsvRecord, type TCsvSource } from './parse-csv';

const FILE = 'test.csv';
const utf8 = new TextEncoder();

async function parseChunks(chunks: TCsvSource, options: { maxFieldBytes?: number } = {}): Promise<TCsvRecord[]> {
  const records: TCsvRecord[] = [];
  for await (const batch of parseCsvBatches(chunks, { file: FILE, ...options })) records.push(...batch);
  return records;
}

async function parseFields(text: string): Promise<(string | null)[][]> {
  return (await parseChunks([utf8.encode(text)])).map((record) => record.fields);
}

/** Cuts `bytes` at the given offsets. */
function splitAt(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const offset of [...offsets, bytes.length]) {
    chunks.push(bytes.slice(start, offset));
    start = offset;
  }
  return chunks;
}

function splitIntoChunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

/** Small deterministic PRNG (mulberry32) so that a failing random case can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function expectImportError(promise: Promise<unknown>, expected: { message: string; line: number | null; column: string | null }) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  const importError = error as ImportError;
  expect(importError.message).toBe(expected.message);
  expect(importError.file).toBe(FILE);
  expect(importError.line).toBe(expected.line);
  expect(importError.column).toBe(expected.column);
}

describe('dialect', () => {
  test('the header is the first record and every record carries its starting line', async () => {
    expect(await parseChunks([utf8.encode('a,b\n1,2\n3,4\n')])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  test('an empty unquoted field is NULL and a quoted empty field is the empty string', async () => {
    expect(await parseFields('a,b,c,d\n,"",x,\n"",,,""\n')).toEqual([
      ['a', 'b', 'c', 'd'],
      [null, '', 'x', null],
      ['', null, null, ''],
    ]);
  });

  test('the example from the schema reference has three NULLs', async () => {
    expect(await parseFields('"abc",,,"def",,2017-04-08 20:36:17.451\n')).toEqual([['abc', null, null, 'def', null, '2017-04-08 20:36:17.451']]);
  });

  test('inside quotes \\" is a quote and \\\\ is a backslash', async () => {
    expect(await parseFields('"say \\"hi\\"","C:\\\\temp\\\\new"\n')).toEqual([['say "hi"', 'C:\\temp\\new']]);
  });

  test('a field may end in an escaped backslash', async () => {
    // File text: "abc\\",x  →  abc\ and x
    expect(await parseFields('"abc\\\\",x\n"\\\\","\\\\\\\\"\n')).toEqual([
      ['abc\\', 'x'],
      ['\\', '\\\\'],
    ]);
  });

  test('any other backslash inside quotes is kept together with the next character', async () => {
    expect(await parseFields('"a\\nb","\\x","\\\n"\n')).toEqual([['a\\nb', '\\x', '\\\n']]);
  });

  test('a backslash followed by a quote inside quotes never closes the field', async () => {
    expect(await parseFields('"a\\",b"\n')).toEqual([['a",b']]);
  });

  test('outside quotes a backslash is an ordinary character', async () => {
    expect(await parseFields('C:\\temp,x\\\\y,\\N\n')).toEqual([['C:\\temp', 'x\\\\y', '\\N']]);
  });

  test('the nested JSON example of the Coursera guide reads back exactly', async () => {
    const json = '{"key1":1,"key2":"\\"a nested quotation\\""}';
    expect(await parseFields(`number,bool,null,string,json\n1,t,,"a string",${encodeCsvField(json)}\n`)).toEqual([
      ['number', 'bool', 'null', 'string', 'json'],
      ['1', 't', null, 'a string', json],
    ]);
  });

  test('commas and raw LF / CRLF newlines inside quotes belong to the field and count as physical lines', async () => {
    const records = await parseChunks([utf8.encode('id,text\n1,"a,b\nsecond line\r\nthird"\n2,"x"\n')]);
    expect(records).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'a,b\nsecond line\r\nthird'] },
      { line: 5, fields: ['2', 'x'] },
    ]);
  });

  test('CRLF line ends are accepted', async () => {
    expect(await parseChunks([utf8.encode('a,b\r\n1,"2"\r\n,\r\n')])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: [null, null] },
    ]);
  });

  test('a last line without a line end is a record', async () => {
    expect(await parseFields('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(await parseFields('a,b\n1,"2"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(await parseFields('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', null],
    ]);
  });

  test('blank lines at the end of the file are ignored', async () => {
    expect(await parseFields('a,b\n1,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(await parseFields('a,b\r\n1,2\r\n\r\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('a blank line inside the file is a record with one NULL field, as PostgreSQL reads it', async () => {
    expect(await parseChunks([utf8.encode('a\n1\n\n\n2\n')])).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['1'] },
      { line: 3, fields: [null] },
      { line: 4, fields: [null] },
      { line: 5, fields: ['2'] },
    ]);
  });

  test('a UTF-8 byte order mark is dropped from bytes and from text', async () => {
    expect(await parseFields('\uFEFFa,b\n')).toEqual([['a', 'b']]);
    expect((await parseChunks(['\uFEFFa,b\n'])).map((record) => record.fields)).toEqual([['a', 'b']]);
  });

  test('2-, 3- and 4-byte characters survive', async () => {
    expect(await parseFields('name\n"Zürich € 😀 日本"\nçà€😀\n')).toEqual([['name'], ['Zürich € 😀 日本'], ['çà€😀']]);
  });

  test('an empty file has no records; a header-only file has just the header', async () => {
    expect(await parseChunks([])).toEqual([]);
    expect(await parseChunks([new Uint8Array(0), ''])).toEqual([]);
    expect(await parseChunks([utf8.encode('a,b\n')])).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(await parseChunks([utf8.encode('a,b')])).toEqual([{ line: 1, fields: ['a', 'b'] }]);
  });

  test('a 200 KB field with escapes and newlines comes through whole, in 64 KiB chunks', async () => {
    const value = 'Lorem "ipsum" \\ dolor,\nsit amet ü€😀 '.repeat(5_000);
    expect(utf8.encode(value).length).toBeGreaterThan(200_000);
    const bytes = utf8.encode(`id,desc\n1,${encodeCsvField(value)}\n2,"short"\n`);
    const records = await parseChunks(splitIntoChunksOf(bytes, 65_536));
    expect(records[1]).toEqual({ line: 2, fields: ['1', value] });
    expect(records[2]).toEqual({ line: 3 + 5_000, fields: ['2', 'short'] });
  });

  test('parseCsvRecords yields the same records one by one', async () => {
    const bytes = utf8.encode('a,b\n1,"x\ny"\n3,\n');
    const records: TCsvRecord[] = [];
    for await (const record of parseCsvRecords(splitIntoChunksOf(bytes, 3), { file: FILE })) records.push(record);
    expect(records).toEqual(await parseChunks([bytes]));
  });

  test('parseCsvText parses a whole string', () => {
    expect(parseCsvText('a,b\n"1",\n', { file: FILE })).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', null] },
    ]);
  });

  test('an async byte stream (as from fs or a zip entry) is accepted', async () => {
    async function* generateChunks() {
      yield utf8.encode('a,b\n1,');
      yield utf8.encode('2\n');
    }
    expect(await parseChunks(generateChunks())).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });
});

describe('chunk boundaries', () => {
  // Every tricky spot once: escapes, a field ending in a backslash, a literal backslash, CRLF inside and outside
  // quotes, NULLs, empty strings, and 2/3/4-byte characters.
  const TRICKY =
    'id,text,note\r\n' +
    '1,"a \\"quoted\\" word, and \\\\ a backslash","ends in \\\\"\r\n' +
    '2,"line\r\nbreak and \\x","é€😀"\n' +
    ',"",plain\\text\r\n' +
    '3,"😀😀",\n' +
    '4,"\\\\\\"",x';

  test('a split at any byte gives the same records', async () => {
    const bytes = utf8.encode(TRICKY);
    const expected = await parseChunks([bytes]);
    expect(expected.map((record) => record.fields)).toEqual([
      ['id', 'text', 'note'],
      ['1', 'a "quoted" word, and \\ a backslash', 'ends in \\'],
      ['2', 'line\r\nbreak and \\x', 'é€😀'],
      [null, '', 'plain\\text'],
      ['3', '😀😀', null],
      ['4', '\\"', 'x'],
    ]);
    for (let offset = 0; offset <= bytes.length; offset++) {
      expect(await parseChunks(splitAt(bytes, [offset])), `split at byte ${offset}`).toEqual(expected);
    }
    for (let first = 1; first < bytes.length; first += 3) {
      for (let second = first + 1; second < bytes.length; second += 2) {
        expect(await parseChunks(splitAt(bytes, [first, second])), `split at bytes ${first} and ${second}`).toEqual(expected);
      }
    }
    expect(await parseChunks(splitIntoChunksOf(bytes, 1))).toEqual(expected);
  });

  test('a split at any UTF-16 code unit of a text source, even inside a surrogate pair, gives the same records', async () => {
    const expected = await parseChunks([TRICKY]);
    for (let offset = 0; offset <= TRICKY.length; offset++) {
      expect(await parseChunks([TRICKY.slice(0, offset), TRICKY.slice(offset)]), `split at ${offset}`).toEqual(expected);
    }
  });

  test('every byte of a 2-, 3- and 4-byte character can end a chunk', async () => {
    for (const character of ['é', '€', '😀']) {
      const bytes = utf8.encode(`"${character}",${character}\n`);
      for (let offset = 1; offset < bytes.length; offset++) {
        const records = await parseChunks(splitAt(bytes, [offset]));
        expect(records.map((record) => record.fields)).toEqual([[character, character]]);
      }
    }
  });

  test('random records round-trip exactly through random chunk sizes of 1 to 64 bytes', async () => {
    const random = createRandom(20_240_229);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const pieces = ['a', 'Z', '0', ' ', ',', '"', '\\', '\\\\', '\\"', '""', '\n', '\r\n', '\r', 'é', '€', '😀', '\t', 'x\\y', 'NULL', '\\N'];

    const generateValue = (): TCsvValue => {
      const kind = random();
      if (kind < 0.12) return null;
      if (kind < 0.22) return Math.floor(random() * 2_000_000) - 1_000_000;
      if (kind < 0.27) return random() * 1000;
      if (kind < 0.3) return random() < 0.5;
      let value = '';
      const count = Math.floor(random() * 8);
      for (let k = 0; k < count; k++) value += pick(pieces);
      return value;
    };
    const toExpected = (value: TCsvValue): string | null => {
      if (value === null) return null;
      if (typeof value === 'boolean') return value ? 't' : 'f';
      return String(value);
    };

    for (let iteration = 0; iteration < 400; iteration++) {
      const columnCount = 1 + Math.floor(random() * 6);
      const rowCount = Math.floor(random() * 25);
      const lineEnd = random() < 0.5 ? '\n' : '\r\n';
      const rows: TCsvValue[][] = [Array.from({ length: columnCount }, (_, index) => `c${index}`)];
      for (let r = 0; r < rowCount; r++) rows.push(Array.from({ length: columnCount }, generateValue));
      const last = rows[rows.length - 1] as TCsvValue[];
      // A one-column NULL row is a blank line; as the last line it would be dropped with the blank tail.
      if (columnCount === 1 && last[0] === null) last[0] = 'not null';

      let text = '';
      const expected: TCsvRecord[] = [];
      let line = 1;
      for (const [index, row] of rows.entries()) {
        const encoded = row.map(encodeCsvField).join(',');
        expected.push({ line, fields: row.map(toExpected) });
        const isLast = index === rows.length - 1;
        text += isLast && random() < 0.3 ? encoded : encoded + lineEnd;
        line += (encoded.match(/\n/g)?.length ?? 0) + 1;
      }
      if (text.endsWith('\n') && random() < 0.2) text += lineEnd;

      const bytes = utf8.encode(text);
      const offsets: number[] = [];
      for (let offset = 1 + Math.floor(random() * 64); offset < bytes.length; offset += 1 + Math.floor(random() * 64)) offsets.push(offset);
      const records = await parseChunks(splitAt(bytes, offsets));
      expect(records, `iteration ${iteration}: ${JSON.stringify(text)}`).toEqual(expected);
    }
  });
});

describe('errors name file and line', () => {
  test('an unterminated quoted field', async () => {
    await expectImportError(parseChunks([utf8.encode('a,b\n1,"abc\n\ndef')]), {
      message: 'test.csv, line 2, column b: unterminated quoted field starting at line 2',
      line: 2,
      column: 'b',
    });
  });

  test('an unterminated quoted field that opens on a later line than its record', async () => {
    await expectImportError(parseChunks([utf8.encode('a,b\n"x\ny","open\n')]), {
      message: 'test.csv, line 2, column b: unterminated quoted field starting at line 3',
      line: 2,
      column: 'b',
    });
  });

  test('a field whose closing quote was escaped (a backslash meant literally must be doubled)', async () => {
    await expectImportError(parseChunks([utf8.encode('a,b\n"C:\\",x\n')]), {
      message: 'test.csv, line 2, column a: unterminated quoted field starting at line 2',
      line: 2,
      column: 'a',
    });
  });

  test('a character after a closing quote', async () => {
    await expectImportError(parseChunks([utf8.encode('a,b\n1,2\n"x"y,1\n')]), {
      message: 'test.csv, line 3, column a: unexpected character "y" after closing quote',
      line: 3,
      column: 'a',
    });
  });

  test('RFC 4180 doubled quotes are not an escape in this dialect', async () => {
    await expectImportError(parseChunks([utf8.encode('a\n"say ""hi"""\n')]), {
      message: 'test.csv, line 2, column a: unexpected character "\\"" after closing quote',
      line: 2,
      column: 'a',
    });
  });

  test('a quote inside an unquoted field', async () => {
    await expectImportError(parseChunks([utf8.encode('a,b\n1,ab"c"\n')]), {
      message: 'test.csv, line 2, column b: unexpected quote inside an unquoted field (quote the whole field and write a quote as \\")',
      line: 2,
      column: 'b',
    });
  });

  test('a bare carriage return outside quotes', async () => {
    await expectImportError(parseChunks([utf8.encode('a,b\n1,2\r3,4\n')]), {
      message: 'test.csv, line 2, column b: carriage return outside quotes that is not followed by a line feed',
      line: 2,
      column: 'b',
    });
  });

  test('an error inside the header has no column name yet', async () => {
    await expectImportError(parseChunks([utf8.encode('a,"b"c\n')]), {
      message: 'test.csv, line 1: unexpected character "c" after closing quote',
      line: 1,
      column: null,
    });
  });

  test('invalid UTF-8 reports the line of the bad byte and its byte offset', async () => {
    const bytes = new Uint8Array([...utf8.encode('a,b\n1,"x\ny"\n2,'), 0xff, ...utf8.encode('\n')]);
    await expectImportError(parseChunks([bytes]), {
      message: `test.csv, line 4: invalid UTF-8 byte sequence at byte offset ${bytes.length - 2}`,
      line: 4,
      column: null,
    });
  });

  test('invalid UTF-8 split across chunks is found at its first byte', async () => {
    // E2 starts a 3-byte character; 28 "(" cannot continue it.
    const bytes = new Uint8Array([...utf8.encode('a\n€\nx'), 0xe2, 0x28, 0xa1, ...utf8.encode('\n')]);
    for (let offset = 1; offset < bytes.length; offset++) {
      await expectImportError(parseChunks(splitAt(bytes, [offset])), {
        message: 'test.csv, line 3: invalid UTF-8 byte sequence at byte offset 7',
        line: 3,
        column: null,
      });
    }
  });

  test.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
  ])('invalid UTF-8: %s', async (_name, badBytes) => {
    const bytes = new Uint8Array([...utf8.encode('a\n"'), ...badBytes, ...utf8.encode('"\n')]);
    await expectImportError(parseChunks(splitIntoChunksOf(bytes, 1)), {
      message: 'test.csv, line 2: invalid UTF-8 byte sequence at byte offset 3',
      line: 2,
      column: null,
    });
  });

  test('a UTF-8 character cut off at the end of the file', async () => {
    const bytes = new Uint8Array([...utf8.encode('a\nx'), 0xf0, 0x9f, 0x98]);
    await expectImportError(parseChunks(splitAt(bytes, [4])), {
      message: 'test.csv, line 2: incomplete UTF-8 character at byte offset 3',
      line: 2,
      column: null,
    });
  });

  test('a field over maxFieldBytes, counted in UTF-8 bytes', async () => {
    expect(await parseChunks([utf8.encode('a,b\n1,"0123456789"\n')], { maxFieldBytes: 10 })).toHaveLength(2);
    await expectImportError(parseChunks([utf8.encode('a,b\n1,"0123456789x"\n')], { maxFieldBytes: 10 }), {
      message: 'test.csv, line 2, column b: field is larger than the limit of 10 bytes',
      line: 2,
      column: 'b',
    });
    // Four characters but twelve bytes.
    await expectImportError(parseChunks([utf8.encode('a,b\n1,€€€€\n')], { maxFieldBytes: 10 }), {
      message: 'test.csv, line 2, column b: field is larger than the limit of 10 bytes',
      line: 2,
      column: 'b',
    });
  });

  test('a runaway quoted field stops at the limit instead of reading the whole stream', async () => {
    let chunksRead = 0;
    function* generateChunks() {
      yield utf8.encode('a\n"');
      for (let k = 0; k < 1_000; k++) {
        chunksRead++;
        yield utf8.encode('x'.repeat(1_000));
      }
    }
    await expectImportError(parseChunks(generateChunks(), { maxFieldBytes: 10_000 }), {
      message: 'test.csv, line 2, column a: field is larger than the limit of 10000 bytes',
      line: 2,
      column: 'a',
    });
    expect(chunksRead).toBeLessThan(20);
  });

  test('the default limit is 16 MiB, well above the 128 KB fields of real exports', async () => {
    const value = 'x'.repeat(300_000);
    expect((await parseFields(`a\n"${value}"\n`))[1]).toEqual([value]);
  });
});

describe('readCsvTable', () => {
  async function readAll(text: string, requiredColumns?: readonly string[]) {
    const table = await readCsvTable(splitIntoChunksOf(utf8.encode(text), 5), { file: FILE, requiredColumns });
    const records: TCsvRecord[] = [];
    for await (const batch of table.batches) records.push(...batch);
    return { header: table.header, columnIndex: table.columnIndex, headerLine: table.headerLine, records };
  }

  test('returns the header first, then the data records', async () => {
    const { header, columnIndex, headerLine, records } = await readAll('course_id,course_name\n"c1","One"\n"c2",\n', ['course_name']);
    expect(header).toEqual(['course_id', 'course_name']);
    expect(columnIndex.get('course_name')).toBe(1);
    expect(headerLine).toBe(1);
    expect(records).toEqual([
      { line: 2, fields: ['c1', 'One'] },
      { line: 3, fields: ['c2', null] },
    ]);
  });

  test('a header-only file has no records', async () => {
    expect((await readAll('a,b\n')).records).toEqual([]);
  });

  test('an empty file is an error', async () => {
    await expectImportError(readAll(''), { message: 'test.csv: the file is empty; expected a header line', line: null, column: null });
  });

  test('a record with too many or too few fields names its line', async () => {
    await expectImportError(readAll('a,b,c,d,e\n1,2,3,4,5\n"x\ny",2,3,4,5,6\n'), {
      message: 'test.csv, line 3: expected 5 fields (as in the header), found 6',
      line: 3,
      column: null,
    });
    await expectImportError(readAll('a,b\n1,2\n\n3,4\n'), {
      message: 'test.csv, line 3: expected 2 fields (as in the header), found 1',
      line: 3,
      column: null,
    });
  });

  test('required columns, duplicate and empty column names', async () => {
    await expectImportError(readAll('a,b\n', ['a', 'course_id']), {
      message: 'test.csv, line 1, column course_id: required column is missing from the header',
      line: 1,
      column: 'course_id',
    });
    await expectImportError(readAll('a,b\n', ['x', 'y']), {
      message: 'test.csv, line 1: required columns are missing from the header: x, y',
      line: 1,
      column: null,
    });
    await expectImportError(readAll('a,b,a\n'), { message: 'test.csv, line 1, column a: the header names this column twice', line: 1, column: 'a' });
    await expectImportError(readAll('a,,c\n'), {
      message: 'test.csv, line 1: header field 2 is empty; every column needs a name',
      line: 1,
      column: null,
    });
  });

  test('a rejected header closes the source', async () => {
    let isClosed = false;
    async function* generateChunks() {
      try {
        yield 'a,a\n';
        yield '1,2\n';
      } finally {
        isClosed = true;
      }
    }
    await expect(readCsvTable(generateChunks(), { file: FILE })).rejects.toThrow(ImportError);
    expect(isClosed).toBe(true);
  });
});

