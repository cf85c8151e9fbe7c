// What a zip holds, for telling Office and OpenDocument files from other zips: the entry names
// from the central directory and the short `mimetype` entry that OpenDocument puts first. Nothing
// is unpacked but that one entry, and that only up to a few hundred bytes.
import yauzl from 'yauzl';

/** More entries than any real document has; beyond it the file is refused without reading on. */
const MAX_ENTRIES = 20_000;
const MAX_MIMETYPE_BYTES = 256;

export type TZipContents = { names: string[]; mimetype: string | null };

export class ZipReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ZipReadError';
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(new ZipReadError(`a damaged ZIP container (${error?.message ?? 'unreadable'})`));
      else resolve(zip);
    });
  });
}

function readSmallEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > MAX_MIMETYPE_BYTES) return resolve('');
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new ZipReadError(`a damaged ZIP container (${error?.message ?? 'unreadable entry'})`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (streamError: Error) => reject(new ZipReadError(`a damaged ZIP container (${streamError.message})`)));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('latin1').trim()));
    });
  });
}

export async function readZipEntries(path: string): Promise<TZipContents> {
  const zip = await openZip(path);
  try {
    return await new Promise<TZipContents>((resolve, reject) => {
      const names: string[] = [];
      let mimetype: string | null = null;
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (names.length > MAX_ENTRIES) return reject(new ZipReadError(`a ZIP container with more than ${MAX_ENTRIES} entries`));
        if (entry.fileName !== 'mimetype') return zip.readEntry();
        readSmallEntry(zip, entry).then((text) => {
          mimetype = text;
          zip.readEntry();
        }, reject);
      });
      zip.on('end', () => resolve({ names, mimetype }));
      zip.on('error', (error: Error) => reject(new ZipReadError(`a damaged ZIP container (${error.message})`)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}
