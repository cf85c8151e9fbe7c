// GET /api/v1/certificates/{slug}/metrics — the certificate's figures as JSON (see README).
// Session cookie or `Authorization: Bearer <token>`; same scope as the pages: a certificate
// outside the caller's scope is a 404.
import { NextResponse } from 'next/server';
import { getRequestActor } from '@/lib/auth/request-actor';
import { NotFoundError } from '@/lib/errors';
import { getCertificateMetrics } from '@/lib/metrics/queries';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await getRequestActor(request);
  if (!actor) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  try {
    return NextResponse.json(await getCertificateMetrics(actor, (await params).slug), { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    throw error;
  }
}
