// The one path of an evidence upload over HTTP, shared by "new file evidence" and "new revision":
// the file is the raw request body (streamed to disk, never buffered whole), the form fields ride
// in the query string. Session only, same origin only. Answers: 201 with the evidence, 400 with
// the reason (type, name, fields), 403, 404 (outside the caller's scope), 413 (too large).
import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { toFieldErrors } from '@/lib/auth/action';
import type { TActor } from '@/lib/auth/actor';
import { isSameOrigin } from '@/lib/auth/same-origin';
import { getActor } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { EvidenceFileRefusedError } from '@/lib/evidence/evidence-store';
import { formatBytes } from '@/lib/evidence/format-bytes';
import type { TEvidenceResult, TIncomingEvidenceFile } from '@/lib/evidence/mutations';

/** An optional query parameter: absent or empty means "not given". */
export function readOptionalParam(request: Request, name: string): string | null {
  const value = new URL(request.url).searchParams.get(name);
  return value === null || value.trim() === '' ? null : value;
}

export async function handleEvidenceUpload<TSchema extends z.ZodType>(
  request: Request,
  schema: TSchema,
  fields: Record<string, unknown>,
  store: (actor: TActor, input: z.output<TSchema>, upload: TIncomingEvidenceFile) => Promise<TEvidenceResult>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Your session has ended. Please sign in again.' }, { status: 401 });
  // Cookies ride along on cross-site requests; evidence must come from our own pages.
  if (!isSameOrigin(request)) return NextResponse.json({ error: 'Cross-site request refused' }, { status: 403 });
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    return NextResponse.json({ error: 'Some fields are not valid; nothing was stored.', fieldErrors: toFieldErrors(parsed.error.issues) }, { status: 400 });
  }
  const fileName = readOptionalParam(request, 'fileName');
  if (!request.body || fileName === null)
    return NextResponse.json({ error: 'Choose a file to upload.', fieldErrors: { file: ['Choose a file'] } }, { status: 400 });
  // Refused before a byte is read when the client announces the size; enforced while streaming anyway.
  const declaredBytes = Number(request.headers.get('content-length'));
  if (Number.isFinite(declaredBytes) && declaredBytes > env.CERTQA_EVIDENCE_MAX_BYTES) {
    const message = `The file is larger than the limit of ${formatBytes(env.CERTQA_EVIDENCE_MAX_BYTES)}; nothing was stored.`;
    return NextResponse.json({ error: message, fieldErrors: { file: [message] } }, { status: 413 });
  }
  try {
    const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
    return NextResponse.json(await store(actor, parsed.data, { body, fileName }), { status: 201 });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    if (error instanceof ForbiddenError) return NextResponse.json({ error: error.message }, { status: 403 });
    if (error instanceof EvidenceFileRefusedError && error.reason === 'TOO_LARGE') {
      return NextResponse.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: 413 });
    }
    if (error instanceof ValidationError) return NextResponse.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: 400 });
    throw error;
  }
}
