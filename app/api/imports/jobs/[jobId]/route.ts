// GET /api/imports/jobs/{jobId} — progress and outcome of an import the caller started.
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { getImportJob } from '@/lib/import/import-jobs';

export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  const job = getImportJob(actor, (await params).jobId);
  if (!job) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(job, { headers: { 'Cache-Control': 'no-store' } });
}
