// First pass over an export: SHA-256 and size of every file, and the header of every CSV.
// It reads each file once before anything touches the database, so a damaged zip entry, a bomb
// or a re-import of identical files is found while the database is still untouched.
import { createHash } from 'node:crypto';
import { ImportError } from './import-error';
import { parseCsvBatches } from './parse-csv';
import type { TExportSource } from './export-source';

export type TFileDigest = { name: string; sha256: string; bytes: number; header: readonly string[] | null };

/** Reads the first record of a CSV stream while hashing the whole stream. */
async function hashFile(source: TExportSource, index: number): Promise<TFileDigest> {
  const file = source.files[index];
  if (!file) throw new Error('no such file');
  const hash = createHash('sha256');
  let bytes = 0;
  let headerChunks: Buffer[] | null = file.name.endsWith('.csv') ? [] : null;
  let headerBytes = 0;
  try {
    const stream = await file.open();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      if (headerChunks && headerBytes < 1024 * 1024) {
        headerChunks.push(chunk);
        headerBytes += chunk.length;
        if (chunk.includes(0x0a)) {
          // Enough for the header line; stop collecting.
          headerChunks = [Buffer.concat(headerChunks)];
          headerBytes = Number.POSITIVE_INFINITY;
        }
      }
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ file: file.name, line: null, column: null, reason: `cannot be read completely (${(error as Error).message}); the export may be truncated or damaged` });
  }
  let header: string[] | null = null;
  if (headerChunks) {
    const text = Buffer.concat(headerChunks).toString('utf8');
    const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
    for await (const batch of parseCsvBatches([firstLine], { file: file.name })) {
      header = (batch[0]?.fields ?? []).map((field) => field ?? '');
      break;
    }
  }
  return { name: file.name, sha256: hash.digest('hex'), bytes, header };
}

export async function hashExport(source: TExportSource): Promise<{ files: TFileDigest[]; contentSha256: string }> {
  const files: TFileDigest[] = [];
  for (let index = 0; index < source.files.length; index += 1) files.push(await hashFile(source, index));
  // Sorted by code unit, not locale, so a zip and a folder of the same files hash alike everywhere.
  const lines = files.map((file) => `${file.name} ${file.sha256}\n`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const contentSha256 = createHash('sha256')
    .update(lines.join(''))
    .digest('hex');
  return { files, contentSha256 };
}
