// GET /api/evidence/{evidenceId}/revisions/{number} — one revision's file (or frozen figures as
// JSON) as an attachment, with the type sniffed at upload and nosniff, so the browser neither
// guesses another type nor shows it inside the app. Session or API token; outside the caller's
// scope: 404. An auditor's download is logged (in getEvidenceRevisionFile).
import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { getRequestActor } from '@/lib/auth/request-actor';
import { NotFoundError } from '@/lib/errors';
import { buildAttachmentDisposition } from '@/lib/evidence/content-disposition';
import { getEvidenceRevisionFile } from '@/lib/evidence/queries';

export async function GET(request: Request, { params }: { params: Promise<{ evidenceId: string; number: string }> }) {
  const actor = await getRequestActor(request);
  if (!actor) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  const { evidenceId, number } = await params;
  const revisionNumber = /^[1-9]\d{0,5}$/.test(number) ? Number(number) : null;
  if (revisionNumber === null) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  try {
    const download = await getEvidenceRevisionFile(actor, evidenceId, revisionNumber);
    return new Response(Readable.toWeb(download.stream) as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': download.contentType,
        'Content-Length': String(download.sizeBytes),
        'Content-Disposition': buildAttachmentDisposition(download.fileName),
        'X-Content-Type-Options': 'nosniff',
        // Should the file be opened in the browser anyway, it gets no scripts and no access to the app.
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
        'Repr-Digest': `sha-256=:${Buffer.from(download.sha256, 'hex').toString('base64')}:`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
