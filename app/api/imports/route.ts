// POST /api/imports — streams an uploaded export to disk (never buffered whole in memory), then
// starts the import in the background and answers 202 with the job to poll.

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NextResponse } from 'next/server';
import { canImportExports } from '@/lib/auth/policies';
import { isSameOrigin } from '@/lib/auth/same-origin';
import { getActor } from '@/lib/auth/session';
import { getDataDir } from '@/lib/env';
import { startImportJob } from '@/lib/import/import-jobs';

const MAX_UPLOAD_BYTES = 20 * 1024 ** 3;

export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  // Cookies ride along on cross-site requests; state changes must come from our own pages.
  if (!isSameOrigin(request)) return NextResponse.json({ error: 'Cross-site request refused' }, { status: 403 });
  if (!canImportExports(actor)) return NextResponse.json({ error: 'Only quality managers can import exports' }, { status: 403 });
  if (!request.body) return NextResponse.json({ error: 'The request carries no file' }, { status: 400 });

  const sourceName = (request.headers.get('x-file-name') ?? 'export.zip').replace(/[^\w.\- ]+/g, '_').slice(0, 200) || 'export.zip';
  const dir = join(getDataDir(), 'uploads');
  await mkdir(dir, { recursive: true });
  // A random name outside the web root; the client's file name is only a label.
  const path = join(dir, `${randomUUID()}.upload`);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > MAX_UPLOAD_BYTES) callback(new Error(`larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB`));
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(request.body as import('node:stream/web').ReadableStream), limit, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    return NextResponse.json({ error: `The upload did not complete: ${(error as Error).message}` }, { status: 400 });
  }
  if (bytes === 0) {
    await rm(path, { force: true });
    return NextResponse.json({ error: 'The uploaded file is empty' }, { status: 400 });
  }
  const job = startImportJob(actor, { path, sourceName, bytes });
  return NextResponse.json({ jobId: job.id }, { status: 202 });
}
