// Evidence files on disk, in `<CERTQA_DATA_DIR>/evidence/` (outside the web root, never served by
// path). An upload is streamed to a temporary file while its SHA-256 is computed and its size
// bounded, then its type is sniffed; a refused file is deleted before the refusal is reported, so
// nothing of it remains. Accepted files keep a random name; the uploader's name is only a label.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, type ReadStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { env, getDataDir } from '@/lib/env';
import { ValidationError } from '@/lib/errors';
import { formatBytes } from './format-bytes';
import type { TEvidenceMediaType } from './media-types';
import { alignFileNameWithMediaType, hasFolderParts, sanitizeFileName } from './sanitize-file-name';
import { sniffMediaType } from './sniff-media-type';

const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PARTIAL_SUFFIX = '.part';

export type TRefusalReason = 'TOO_LARGE' | 'TYPE' | 'NAME' | 'INTERRUPTED';

/** An upload refused before anything was recorded; `reason` picks the HTTP status (413 or 400). */
export class EvidenceFileRefusedError extends ValidationError {
  constructor(
    message: string,
    readonly reason: TRefusalReason,
  ) {
    super(message, { file: [message] });
    this.name = 'EvidenceFileRefusedError';
  }
}

/** A checked upload waiting in its temporary file, to be placed once the database row is written. */
export type TReceivedEvidenceFile = {
  storedName: string;
  fileName: string;
  mediaType: TEvidenceMediaType;
  sizeBytes: number;
  sha256: string;
};

export function getEvidenceDir(): string {
  const dir = join(getDataDir(), 'evidence');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

class SizeLimitExceeded extends Error {}

function storedPath(storedName: string): string {
  // A name from the database is used as a path only when it is one of ours: never `..` or a folder.
  if (!STORED_NAME.test(storedName)) throw new Error(`Not a stored evidence name: ${JSON.stringify(storedName)}`);
  return join(getEvidenceDir(), storedName);
}

export async function receiveEvidenceFile(
  body: Readable,
  rawFileName: string,
  maxBytes: number = env.CERTQA_EVIDENCE_MAX_BYTES,
): Promise<TReceivedEvidenceFile> {
  if (hasFolderParts(rawFileName)) {
    throw new EvidenceFileRefusedError(
      `The file name ${JSON.stringify(rawFileName.slice(0, 120))} contains folder parts ("/", "\\" or ".."); send the file under its plain name. Nothing was stored.`,
      'NAME',
    );
  }
  const storedName = randomUUID();
  const partialPath = `${storedPath(storedName)}${PARTIAL_SUFFIX}`;
  const displayName = sanitizeFileName(rawFileName);
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) return callback(new SizeLimitExceeded());
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(body, measure, createWriteStream(partialPath, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await rm(partialPath, { force: true });
    if (error instanceof SizeLimitExceeded) {
      throw new EvidenceFileRefusedError(`"${displayName}" is larger than the limit of ${formatBytes(maxBytes)}; nothing was stored.`, 'TOO_LARGE');
    }
    throw new EvidenceFileRefusedError(`The upload of "${displayName}" did not complete (${(error as Error).message}); nothing was stored.`, 'INTERRUPTED');
  }
  try {
    const sniffed = await sniffMediaType(partialPath);
    if (!sniffed.ok) throw new EvidenceFileRefusedError(`"${displayName}" was refused: it is ${sniffed.reason}. Nothing was stored.`, 'TYPE');
    return {
      storedName,
      fileName: alignFileNameWithMediaType(displayName, sniffed.mediaType),
      mediaType: sniffed.mediaType,
      sizeBytes,
      sha256: hash.digest('hex'),
    };
  } catch (error) {
    await rm(partialPath, { force: true });
    throw error;
  }
}

/** Moves a received file to its stored name (same folder, so the rename is atomic). */
export async function placeEvidenceFile(file: TReceivedEvidenceFile): Promise<void> {
  const path = storedPath(file.storedName);
  await rename(`${path}${PARTIAL_SUFFIX}`, path);
}

/** Removes a received file whether or not it was placed: the clean-up when recording it failed. */
export async function discardEvidenceFile(file: TReceivedEvidenceFile): Promise<void> {
  const path = storedPath(file.storedName);
  await Promise.all([rm(path, { force: true }), rm(`${path}${PARTIAL_SUFFIX}`, { force: true })]);
}

export async function openStoredEvidenceFile(storedName: string): Promise<{ stream: ReadStream; sizeBytes: number }> {
  const path = storedPath(storedName);
  const { size } = await stat(path);
  return { stream: createReadStream(path), sizeBytes: size };
}
