// GET /api/v1/evidence-report?procedure=<id or project number>|certificate=<slug>[&format=pdf|zip]
// The evidence report as a PDF, or the bundle (PDF, evidence files, manifest) as a ZIP, from the
// same generator as `certqa evidence`. Session cookie or `Authorization: Bearer <token>`; a subject
// outside the caller's scope is a 404, like one that does not exist. Every export is audited.
import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getRequestActor } from '@/lib/auth/request-actor';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { EvidenceIntegrityError } from '@/lib/evidence-report/bundle/build-evidence-bundle';
import { generateEvidenceBundle } from '@/lib/evidence-report/generate-evidence-bundle';
import { generateEvidenceReport } from '@/lib/evidence-report/generate-evidence-report';

// Rendering takes seconds and reads the database and the evidence folder: never at build time.
export const dynamic = 'force-dynamic';

const ZSubjectValue = z.string().trim().min(1).max(200);

const ZEvidenceReportQuery = z
  .object({ procedure: ZSubjectValue.optional(), certificate: ZSubjectValue.optional(), format: z.enum(['pdf', 'zip']).default('pdf') })
  .refine((query) => (query.procedure === undefined) !== (query.certificate === undefined), { message: 'Give either procedure or certificate' });

function headersFor(contentType: string, fileName: string, inputsSha256: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    // File stems are built from ids and slugs reduced to [a-z0-9-]: nothing to quote or escape.
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Manifest-Sha256': inputsSha256,
  };
}

export async function GET(request: Request) {
  const actor = await getRequestActor(request);
  if (!actor) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  const parsed = ZEvidenceReportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? 'Bad request' }, { status: 400 });
  const { procedure, certificate, format } = parsed.data;
  const query = procedure !== undefined ? { kind: 'procedure' as const, value: procedure } : { kind: 'certificate' as const, value: certificate ?? '' };
  try {
    if (format === 'pdf') {
      const report = await generateEvidenceReport(actor, query);
      return new Response(new Uint8Array(report.pdf), {
        headers: { ...headersFor('application/pdf', `${report.fileStem}.pdf`, report.inputsSha256), 'Content-Length': String(report.pdf.length) },
      });
    }
    const bundle = await generateEvidenceBundle(actor, query);
    return new Response(Readable.toWeb(bundle.stream as Readable) as ReadableStream<Uint8Array>, {
      headers: headersFor('application/zip', bundle.fileName, bundle.manifest.inputsSha256),
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    if (error instanceof ValidationError) return NextResponse.json({ error: error.message }, { status: 400 });
    // A stored evidence file no longer matches its recorded hash: no bundle, and the reason.
    if (error instanceof EvidenceIntegrityError) return NextResponse.json({ error: error.message }, { status: 409 });
    throw error;
  }
}
