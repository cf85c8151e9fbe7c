// Reads a bundle for verification: the SHA-256 and size of every entry, and the text of the JSON
// entries verification needs (manifest, inputs, figures). Entry contents are streamed, never
// unpacked to disk; a damaged archive is reported as such.
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { INPUTS_PATH, MANIFEST_PATH } from './bundle-paths';

/** JSON entries are read into memory; anything larger than this is not a manifest CertQA wrote. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

export type TBundleEntry = { path: string; sha256: string; bytes: number };
export type TReadBundle = { entries: TBundleEntry[]; texts: Map<string, string> };

export class BundleReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleReadError';
  }
}

const isKeptText = (path: string) => path === MANIFEST_PATH || path === INPUTS_PATH || (path.startsWith('figures/') && path.endsWith('.json'));

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, keepText: boolean): Promise<{ sha256: string; bytes: number; text: string | null }> {
  return new Promise((resolve, reject) => {
    if (keepText && entry.uncompressedSize > MAX_JSON_BYTES) return reject(new BundleReadError(`${entry.fileName} is larger than any manifest CertQA writes`));
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new BundleReadError(`${entry.fileName} cannot be read: ${error?.message ?? 'no data'}`));
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        bytes += chunk.length;
        if (keepText) chunks.push(chunk);
      });
      stream.on('error', (streamError: Error) => reject(new BundleReadError(`${entry.fileName} is damaged: ${streamError.message}`)));
      stream.on('end', () => resolve({ sha256: hash.digest('hex'), bytes, text: keepText ? Buffer.concat(chunks).toString('utf8') : null }));
    });
  });
}

export function readBundle(path: string): Promise<TReadBundle> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(new BundleReadError(`${path} is not a readable ZIP archive: ${error?.message ?? 'unknown error'}`));
      const entries: TBundleEntry[] = [];
      const texts = new Map<string, string>();
      zip.on('error', (zipError: Error) => reject(new BundleReadError(`${path} is damaged: ${zipError.message}`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entries.length >= MAX_ENTRIES) {
          zip.close();
          return reject(new BundleReadError(`${path} holds more than ${MAX_ENTRIES} entries; it is not a bundle CertQA wrote`));
        }
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        readEntry(zip, entry, isKeptText(entry.fileName)).then(({ sha256, bytes, text }) => {
          entries.push({ path: entry.fileName, sha256, bytes });
          if (text !== null) texts.set(entry.fileName, text);
          zip.readEntry();
        }, reject);
      });
      zip.on('end', () => resolve({ entries, texts }));
      zip.readEntry();
    });
  });
}
