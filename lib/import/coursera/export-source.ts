// Opens an export as a list of files, whether it is a .zip or a folder of `<table>.csv`.
// Zips are read with yauzl from the central directory, one entry stream at a time, with limits
// that stop zip bombs before anything is inflated: entry count, total declared size, and the
// compression ratio of each entry (yauzl also checks that no entry inflates beyond its declared size).
import { createReadStream, statSync, readdirSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ImportError } from './import-error';

export type TExportFile = {
  /** File name without folders, e.g. `courses.csv`. */
  name: string;
  /** Uncompressed size in bytes, as declared. */
  bytes: number;
  open: () => Promise<Readable>;
};

export type TExportSource = {
  /** The zip's or folder's name, for messages and provenance. */
  label: string;
  files: TExportFile[];
  /** Throws when the source changed on disk since it was opened. */
  assertUnchanged: () => void;
  close: () => void;
};

export type TExportLimits = {
  maxEntries: number;
  maxTotalBytes: number;
  /** Uncompressed / compressed; CSV compresses 5–15×, zip bombs 1,000× and more. */
  maxCompressionRatio: number;
};

export const DEFAULT_EXPORT_LIMITS: TExportLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 64 * 1024 ** 3,
  maxCompressionRatio: 200,
};

function signatureOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}`;
}

function openFolder(path: string): TExportSource {
  const label = basename(path);
  const names = readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  const signatures = new Map(names.map((name) => [name, signatureOf(statSync(join(path, name)))]));
  return {
    label,
    files: names.map((name) => ({
      name,
      bytes: statSync(join(path, name)).size,
      open: async () => createReadStream(join(path, name), { highWaterMark: 1024 * 1024 }),
    })),
    assertUnchanged: () => {
      for (const [name, signature] of signatures) {
        let now: string;
        try {
          now = signatureOf(statSync(join(path, name)));
        } catch {
          throw new ImportError({ file: name, line: null, column: null, reason: 'the file disappeared while it was being imported' });
        }
        if (now !== signature) throw new ImportError({ file: name, line: null, column: null, reason: 'the file changed while it was being imported; import it again once it is complete' });
      }
    },
    close: () => {},
  };
}

function openZipFile(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('could not open'));
      else resolve(zip);
    });
  });
}

function readEntries(zip: yauzl.ZipFile, label: string, limits: TExportLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    const fail = (reason: string, file = label) => {
      zip.close();
      reject(new ImportError({ file, line: null, column: null, reason }));
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) {
        entries.push(entry);
        total += entry.uncompressedSize;
        if (entries.length > limits.maxEntries) return fail(`the zip holds more than ${limits.maxEntries} files; this is not an export`);
        if (total > limits.maxTotalBytes) return fail(`the zip would unpack to more than ${Math.round(limits.maxTotalBytes / 1024 ** 3)} GiB; refused as a possible zip bomb`);
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
          return fail(`compressed ${Math.round(ratio)}:1, beyond the ${limits.maxCompressionRatio}:1 limit; refused as a possible zip bomb`, basename(entry.fileName));
        }
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => fail(`the zip is damaged (${error.message})`));
    zip.readEntry();
  });
}

async function openZip(path: string, limits: TExportLimits): Promise<TExportSource> {
  const label = basename(path);
  const signature = signatureOf(statSync(path));
  let zip: yauzl.ZipFile;
  try {
    zip = await openZipFile(path);
  } catch (error) {
    throw new ImportError({ file: label, line: null, column: null, reason: `not a readable zip file (${(error as Error).message}); the upload may be truncated` });
  }
  const entries = await readEntries(zip, label, limits);
  const seen = new Set<string>();
  const files: TExportFile[] = [];
  for (const entry of entries) {
    const name = basename(entry.fileName);
    if (name.startsWith('.') || entry.fileName.startsWith('__MACOSX/')) continue;
    if (seen.has(name)) throw new ImportError({ file: name, line: null, column: null, reason: 'the zip holds two files of this name in different folders' });
    seen.add(name);
    files.push({
      name,
      bytes: entry.uncompressedSize,
      open: () =>
        new Promise<Readable>((resolve, reject) => {
          zip.openReadStream(entry, (error, stream) => {
            if (error || !stream) reject(new ImportError({ file: name, line: null, column: null, reason: `cannot be unpacked (${error?.message ?? 'no data'})` }));
            else resolve(stream);
          });
        }),
    });
  }
  return {
    label,
    files: files.sort((a, b) => a.name.localeCompare(b.name)),
    assertUnchanged: () => {
      if (signatureOf(statSync(path)) !== signature) {
        throw new ImportError({ file: label, line: null, column: null, reason: 'the zip changed while it was being imported; import it again once it is complete' });
      }
    },
    close: () => zip.close(),
  };
}

export async function openExportSource(path: string, limits: TExportLimits = DEFAULT_EXPORT_LIMITS): Promise<TExportSource> {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ImportError({ file: basename(path), line: null, column: null, reason: 'no such file or folder' });
  }
  return stats.isDirectory() ? openFolder(path) : openZip(path, limits);
}
