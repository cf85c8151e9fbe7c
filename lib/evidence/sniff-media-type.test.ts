import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import yazl from 'yazl';
import { sniffMediaType } from './sniff-media-type';

const dir = mkdtempSync(join(tmpdir(), 'certqa-sniff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
/** Writes the bytes under a misleading name: the sniffer must not care what the file is called. */
async function sniff(bytes: Buffer | string) {
  fileCount += 1;
  const path = join(dir, `${fileCount}-report.pdf`);
  writeFileSync(path, bytes);
  return sniffMediaType(path);
}

function buildZip(entries: Record<string, string>, options: { storeFirst?: boolean } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [index, [name, content]] of Object.entries(entries).entries()) {
    // OpenDocument stores its `mimetype` entry first and uncompressed.
    zip.addBuffer(Buffer.from(content), name, { compress: !(options.storeFirst && index === 0) });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** A minimal OLE2 compound file (version 3, 512-byte sectors): header, one FAT sector, one directory sector. */
function buildOle2(streamNames: string[]): Buffer {
  const sector = 512;
  const file = Buffer.alloc(sector * 3, 0);
  const free = 0xffffffff;
  const endOfChain = 0xfffffffe;
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 24);
  file.writeUInt16LE(3, 26);
  file.writeUInt16LE(0xfffe, 28);
  file.writeUInt16LE(9, 30);
  file.writeUInt16LE(6, 32);
  file.writeUInt32LE(1, 44); // one FAT sector
  file.writeUInt32LE(1, 48); // directory starts at sector 1
  file.writeUInt32LE(4096, 56);
  file.writeUInt32LE(endOfChain, 60);
  file.writeUInt32LE(endOfChain, 68);
  file.writeUInt32LE(0, 76); // the FAT lives in sector 0
  for (let index = 1; index < 109; index += 1) file.writeUInt32LE(free, 76 + index * 4);
  const fat = sector;
  file.writeUInt32LE(0xfffffffd, fat); // sector 0: a FAT sector
  file.writeUInt32LE(endOfChain, fat + 4); // sector 1: the directory, one sector long
  for (let offset = 8; offset < sector; offset += 4) file.writeUInt32LE(free, fat + offset);
  const entries = [{ name: 'Root Entry', type: 5 }, ...streamNames.map((name) => ({ name, type: 2 }))];
  if (entries.length > 4) throw new Error('the fixture holds four directory entries');
  entries.forEach((entry, index) => {
    const offset = sector * 2 + index * 128;
    const name = Buffer.from(`${entry.name}\u0000`, 'utf16le');
    name.copy(file, offset);
    file.writeUInt16LE(name.length, offset + 64);
    file.writeUInt8(entry.type, offset + 66);
    file.writeUInt32LE(free, offset + 68);
    file.writeUInt32LE(free, offset + 72);
    file.writeUInt32LE(index === 0 && entries.length > 1 ? 1 : free, offset + 76);
    file.writeUInt32LE(endOfChain, offset + 116);
  });
  return file;
}

const expectAccepted = async (bytes: Buffer | string, mediaType: string) => expect(await sniff(bytes)).toEqual({ ok: true, mediaType });
async function expectRefused(bytes: Buffer | string, reason: RegExp) {
  const result = await sniff(bytes);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.reason).toMatch(reason);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

describe('documents and images are recognised by their bytes', () => {
  test('PDF', () => expectAccepted('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'application/pdf'));
  test('PNG (a real 1×1 image)', () =>
    expectAccepted(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'), 'image/png'));
  test('JPEG', () =>
    expectAccepted(
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\u0000'), Buffer.alloc(32), Buffer.from([0xff, 0xd9])]),
      'image/jpeg',
    ));
  test('GIF (a real 1×1 image)', () => expectAccepted(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'), 'image/gif'));
  test('WebP (a real 1×1 image)', () => expectAccepted(Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'), 'image/webp'));

  test('DOCX, XLSX and PPTX: OOXML packages told apart by their main part', async () => {
    await expectAccepted(
      await buildZip({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document/>' }),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await expectAccepted(
      await buildZip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' }),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await expectAccepted(
      await buildZip({ '[Content_Types].xml': CONTENT_TYPES, 'ppt/presentation.xml': '<p:presentation/>' }),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  test('ODT, ODS and ODP: zips whose mimetype entry names the kind', async () => {
    for (const kind of ['text', 'spreadsheet', 'presentation']) {
      const mediaType = `application/vnd.oasis.opendocument.${kind}`;
      await expectAccepted(await buildZip({ mimetype: mediaType, 'content.xml': '<office:document-content/>' }, { storeFirst: true }), mediaType);
    }
  });

  test('legacy DOC, XLS and PPT: OLE2 compound files told apart by their streams', async () => {
    await expectAccepted(buildOle2(['WordDocument', '1Table']), 'application/msword');
    await expectAccepted(buildOle2(['Workbook']), 'application/vnd.ms-excel');
    await expectAccepted(buildOle2(['Book']), 'application/vnd.ms-excel');
    await expectAccepted(buildOle2(['PowerPoint Document', 'Current User']), 'application/vnd.ms-powerpoint');
  });

  test('UTF-8 text: CSV when its lines share a delimiter count, else plain text', async () => {
    await expectAccepted('course,enrolled,completers\n"Python, basics",120,34\nSQL,80,20\n', 'text/csv');
    await expectAccepted('\uFEFFKurs;Eingeschrieben\nPython;120\nSQL;80\n', 'text/csv');
    await expectAccepted('Minutes of the quality meeting, 3 March.\nWorkload survey discussed; measures agreed.\n', 'text/plain');
    await expectAccepted('Überprüfung der Arbeitslast – 👍\n', 'text/plain');
  });
});

describe('programs, scripts and active content are refused, naming what they are', () => {
  test('a Windows program renamed report.pdf', () =>
    expectRefused(
      Buffer.concat([Buffer.from('MZ\u0090\u0000', 'latin1'), Buffer.alloc(60), Buffer.from('This program cannot be run in DOS mode.')]),
      /Windows program/,
    ));
  test('ELF and Mach-O programs', async () => {
    await expectRefused(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), /ELF executable/);
    await expectRefused(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01]), /Mach-O/);
    await expectRefused(Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x02]), /universal program or a Java class/);
  });
  test('scripts starting with #!', async () => {
    await expectRefused('#!/bin/sh\nrm -rf /\n', /script/);
    await expectRefused('\uFEFF#!/usr/bin/env python\nprint(1)\n', /script/);
  });
  test('HTML, SVG and XML', async () => {
    await expectRefused('<!DOCTYPE html><html><script>alert(1)</script></html>', /HTML page/);
    await expectRefused('  <html><body onload="x()"></body></html>', /HTML page/);
    await expectRefused('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /SVG image/);
    await expectRefused('<?xml version="1.0"?><report/>', /XML document/);
  });
  test('macro-enabled Office files', async () => {
    await expectRefused(
      await buildZip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>', 'word/vbaProject.bin': 'VBA' }),
      /macro-enabled/,
    );
    await expectRefused(buildOle2(['WordDocument', 'Macros']), /macros/);
    await expectRefused(buildOle2(['Workbook', '_VBA_PROJECT_CUR']), /macros/);
    await expectRefused(
      await buildZip(
        { mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>', 'Basic/Standard/Module1.xml': 'Sub Main' },
        { storeFirst: true },
      ),
      /macros or scripts/,
    );
  });
  test('archives, installers and encrypted documents', async () => {
    await expectRefused(await buildZip({ 'a.pdf': '%PDF-1.4' }), /ZIP archive/);
    await expectRefused(await buildZip({ 'META-INF/MANIFEST.MF': 'Main-Class: X' }), /Java archive/);
    await expectRefused(await buildZip({ mimetype: 'application/epub+zip', 'content.opf': '<package/>' }, { storeFirst: true }), /application\/epub\+zip/);
    await expectRefused(buildOle2(['\u4840\u3f3f\u4577', 'SummaryInformation']), /Windows installer/);
    await expectRefused(buildOle2(['EncryptedInfo', 'EncryptedPackage']), /password-protected/);
  });
});

describe('unknown and damaged content is refused', () => {
  test('an empty file', () => expectRefused('', /empty/));
  test('binary data with NUL bytes, UTF-16 text, broken UTF-8', async () => {
    await expectRefused(Buffer.from([0x01, 0x02, 0x00, 0x03]), /not a PDF, image, Office or OpenDocument file, nor UTF-8 text/);
    await expectRefused(Buffer.from('\uFEFFcourse,enrolled\n', 'utf16le'), /nor UTF-8 text/);
    await expectRefused(Buffer.from([0x61, 0x62, 0xc3, 0x28, 0x0a]), /nor UTF-8 text/);
    // A multi-byte character cut off at the very end is not valid UTF-8 either.
    await expectRefused(Buffer.from([0x61, 0x62, 0xe2, 0x82]), /nor UTF-8 text/);
  });
  test('a damaged zip and a damaged OLE2 file', async () => {
    await expectRefused(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 0x41)]), /damaged ZIP/);
    const ole2 = buildOle2(['WordDocument']);
    ole2.writeUInt32LE(40, 48); // the directory "starts" beyond the end of the file
    await expectRefused(ole2, /damaged OLE2/);
    const looping = buildOle2(['WordDocument']);
    looping.writeUInt32LE(1, 512 + 4); // the directory sector points to itself
    await expectRefused(looping, /directory chain loops/);
  });
});
