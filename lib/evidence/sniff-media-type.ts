// Decides what an uploaded file is from its bytes, never from its name: a renamed program called
// report.pdf is still a program. Accepted are the documents, images and tables of
// EVIDENCE_MEDIA_TYPES; refused, with what the file really is, are programs, scripts, markup that
// can carry scripts (HTML, SVG, XML), macro-enabled Office files, archives and anything unknown.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { TEvidenceMediaType } from './media-types';
import { OLE2_SIGNATURE, Ole2ReadError, readOle2EntryNames } from './read-ole2-entries';
import { readZipEntries, ZipReadError } from './read-zip-entries';

export type TSniffResult = { ok: true; mediaType: TEvidenceMediaType } | { ok: false; reason: string };

const HEAD_BYTES = 4096;
/** Enough text to judge markup and CSV shape; the whole file is still checked to be UTF-8. */
const TEXT_SAMPLE_CHARS = 64 * 1024;

const refuse = (reason: string): TSniffResult => ({ ok: false, reason });
const accept = (mediaType: TEvidenceMediaType): TSniffResult => ({ ok: true, mediaType });

const startsWith = (head: Buffer, bytes: readonly number[] | string, offset = 0) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= offset + expected.length && head.subarray(offset, offset + expected.length).equals(expected);
};

/** Programs and scripts, recognised by their headers, whatever the file is called. */
function detectExecutable(head: Buffer): string | null {
  if (startsWith(head, 'MZ')) return 'a Windows program or library (it starts with the MZ executable header)';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'a Linux or Unix program (ELF executable)';
  for (const magic of [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
  ]) {
    if (startsWith(head, magic)) return 'a macOS program (Mach-O executable)';
  }
  if (startsWith(head, [0xca, 0xfe, 0xba, 0xbe])) return 'a macOS universal program or a Java class file';
  if (startsWith(head, [0x00, 0x61, 0x73, 0x6d])) return 'a WebAssembly program';
  if (startsWith(head, '#!') || startsWith(head, [0xef, 0xbb, 0xbf, 0x23, 0x21])) return 'a script (it starts with #!)';
  return null;
}

function detectImageOrPdf(head: Buffer): TEvidenceMediaType | null {
  if (startsWith(head, '%PDF-')) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'image/gif';
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'image/webp';
  return null;
}

const OPEN_DOCUMENT_TYPES: Record<string, TEvidenceMediaType> = {
  'application/vnd.oasis.opendocument.text': 'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet': 'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'application/vnd.oasis.opendocument.presentation',
};

async function sniffZip(path: string): Promise<TSniffResult> {
  let contents: Awaited<ReturnType<typeof readZipEntries>>;
  try {
    contents = await readZipEntries(path);
  } catch (error) {
    if (error instanceof ZipReadError) return refuse(error.message);
    throw error;
  }
  const { names, mimetype } = contents;
  if (names.includes('[Content_Types].xml')) {
    if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) {
      return refuse('a macro-enabled Office document (it holds a VBA project, which can run code); save it as DOCX, XLSX or PPTX without macros');
    }
    if (names.some((name) => name.startsWith('word/'))) return accept('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    if (names.some((name) => name.startsWith('xl/'))) return accept('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    if (names.some((name) => name.startsWith('ppt/'))) return accept('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    return refuse('an Office Open XML package that is neither a Word, an Excel nor a PowerPoint file');
  }
  if (mimetype !== null) {
    const mediaType = OPEN_DOCUMENT_TYPES[mimetype];
    if (!mediaType) return refuse(`a ZIP container of type "${mimetype.slice(0, 80)}", which is not an accepted document`);
    if (names.some((name) => name.startsWith('Basic/') || name.startsWith('Scripts/'))) {
      return refuse('an OpenDocument file with macros or scripts, which can run code; save it without them');
    }
    return accept(mediaType);
  }
  if (names.includes('META-INF/MANIFEST.MF')) return refuse('a Java archive (JAR), which is a program');
  return refuse('a ZIP archive; upload the documents themselves rather than an archive');
}

async function sniffOle2(path: string): Promise<TSniffResult> {
  let names: Set<string>;
  try {
    names = new Set(await readOle2EntryNames(path));
  } catch (error) {
    if (error instanceof Ole2ReadError) return refuse(error.message);
    throw error;
  }
  if (names.has('EncryptedPackage')) return refuse('a password-protected Office document; remove the password so that it can be reviewed');
  if (names.has('Macros') || names.has('_VBA_PROJECT_CUR') || names.has('_VBA_PROJECT')) {
    return refuse('a legacy Office document with macros, which can run code; save it as DOCX, XLSX or PPTX without macros');
  }
  if (names.has('WordDocument')) return accept('application/msword');
  if (names.has('Workbook') || names.has('Book')) return accept('application/vnd.ms-excel');
  if (names.has('PowerPoint Document')) return accept('application/vnd.ms-powerpoint');
  return refuse('an OLE2 compound file that is not a Word, Excel or PowerPoint document (for example a Windows installer)');
}

/** The whole file as UTF-8 without NUL bytes, returning the first characters; null when it is not. */
async function readUtf8Sample(path: string): Promise<string | null> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let sample = '';
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) return null;
      const text = decoder.decode(chunk, { stream: true });
      if (sample.length < TEXT_SAMPLE_CHARS) sample += text.slice(0, TEXT_SAMPLE_CHARS - sample.length);
    }
    decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
  return sample;
}

function detectMarkup(text: string): string | null {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  if (!start.startsWith('<')) return null;
  if (start.includes('<svg')) return 'an SVG image, which can carry scripts';
  if (start.startsWith('<!doctype html') || start.includes('<html') || start.includes('<script')) return 'an HTML page, which can carry scripts';
  if (start.startsWith('<?xml')) return 'an XML document, which can carry active content';
  return 'HTML or XML markup, which can carry scripts';
}

/** The number of delimiters in a line outside double-quoted fields. */
function countDelimiters(line: string, delimiter: string): number {
  let count = 0;
  let isQuoted = false;
  for (const character of line) {
    if (character === '"') isQuoted = !isQuoted;
    else if (character === delimiter && !isQuoted) count += 1;
  }
  return count;
}

/** A table: its first lines (at least two) all have the same number (≥ 1) of one delimiter. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 6);
  // The last sampled line may be cut off mid-row.
  const complete = text.length >= TEXT_SAMPLE_CHARS ? lines.slice(0, -1) : lines;
  if (complete.length < 2) return false;
  return [',', ';', '\t'].some((delimiter) => {
    const first = countDelimiters(complete[0] as string, delimiter);
    return first > 0 && complete.every((line) => countDelimiters(line, delimiter) === first);
  });
}

async function readHead(path: string): Promise<{ head: Buffer; size: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await file.read(head, 0, head.length, 0);
    return { head, size };
  } finally {
    await file.close();
  }
}

export async function sniffMediaType(path: string): Promise<TSniffResult> {
  const { head, size } = await readHead(path);
  if (size === 0) return refuse('an empty file');
  const executable = detectExecutable(head);
  if (executable) return refuse(executable);
  const simple = detectImageOrPdf(head);
  if (simple) return accept(simple);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(path);
  if (head.subarray(0, 8).equals(OLE2_SIGNATURE)) return sniffOle2(path);
  const text = await readUtf8Sample(path);
  if (text === null) return refuse('of a kind CertQA does not accept: not a PDF, image, Office or OpenDocument file, nor UTF-8 text or CSV');
  const markup = detectMarkup(text);
  if (markup) return refuse(markup);
  return accept(looksLikeCsv(text) ? 'text/csv' : 'text/plain');
}
