// POST /api/checklist-items/{itemId}/evidence?title=…&effectiveOn=YYYY-MM-DD[&expiresOn=…]&fileName=…
// with the file as the raw body: new file evidence on a checklist item (see handleEvidenceUpload).
import { handleEvidenceUpload, readOptionalParam } from '@/app/api/evidence/_lib/handle-evidence-upload';
import { addFileEvidence } from '@/lib/evidence/mutations';
import { ZAddFileEvidenceInput } from '@/lib/evidence/schemas';

export async function POST(request: Request, { params }: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await params;
  const fields = {
    itemId,
    title: readOptionalParam(request, 'title') ?? '',
    effectiveOn: readOptionalParam(request, 'effectiveOn') ?? '',
    expiresOn: readOptionalParam(request, 'expiresOn'),
  };
  return handleEvidenceUpload(request, ZAddFileEvidenceInput, fields, addFileEvidence);
}
