// POST /api/evidence/{evidenceId}/revisions?effectiveOn=YYYY-MM-DD[&expiresOn=…][&note=…]&fileName=…
// with the file as the raw body: a new revision of file evidence (see handleEvidenceUpload).
import { handleEvidenceUpload, readOptionalParam } from '@/app/api/evidence/_lib/handle-evidence-upload';
import { addEvidenceRevision } from '@/lib/evidence/mutations';
import { ZAddEvidenceRevisionInput } from '@/lib/evidence/schemas';

export async function POST(request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  const fields = {
    evidenceId,
    url: null,
    note: readOptionalParam(request, 'note'),
    effectiveOn: readOptionalParam(request, 'effectiveOn') ?? '',
    expiresOn: readOptionalParam(request, 'expiresOn'),
  };
  return handleEvidenceUpload(request, ZAddEvidenceRevisionInput, fields, addEvidenceRevision);
}
