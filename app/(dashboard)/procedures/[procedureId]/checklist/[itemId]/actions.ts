'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { setChecklistItemStatus, updateChecklistItem } from '@/lib/conditions/mutations';
import { ZSetChecklistItemStatusInput, ZUpdateChecklistItemInput } from '@/lib/conditions/schemas';
import { acceptEvidence, addEvidenceRevision, addLinkEvidence, addMetricSnapshotEvidence, rejectEvidence } from '@/lib/evidence/mutations';
import {
  ZAcceptEvidenceInput,
  ZAddEvidenceRevisionInput,
  ZAddLinkEvidenceInput,
  ZAddMetricSnapshotEvidenceInput,
  ZRejectEvidenceInput,
} from '@/lib/evidence/schemas';

// File uploads do not come through here (server actions buffer their body whole and cap it at
// 1 MB); they stream to /api/checklist-items/{itemId}/evidence and /api/evidence/{id}/revisions.

function refresh<T extends { procedureId: string; itemId: string }>(result: T): T {
  revalidatePath(`/procedures/${result.procedureId}/checklist/${result.itemId}`);
  revalidatePath(`/procedures/${result.procedureId}`);
  return result;
}

export const addLinkEvidenceAction = authenticatedAction(ZAddLinkEvidenceInput, async (actor, input) => refresh(await addLinkEvidence(actor, input)));
export const addMetricSnapshotEvidenceAction = authenticatedAction(ZAddMetricSnapshotEvidenceInput, async (actor, input) =>
  refresh(await addMetricSnapshotEvidence(actor, input)),
);
export const addEvidenceRevisionAction = authenticatedAction(ZAddEvidenceRevisionInput, async (actor, input) =>
  refresh(await addEvidenceRevision(actor, input)),
);
export const acceptEvidenceAction = authenticatedAction(ZAcceptEvidenceInput, async (actor, input) => refresh(await acceptEvidence(actor, input)));
export const rejectEvidenceAction = authenticatedAction(ZRejectEvidenceInput, async (actor, input) => refresh(await rejectEvidence(actor, input)));
export const setChecklistItemStatusAction = authenticatedAction(ZSetChecklistItemStatusInput, async (actor, input) =>
  refresh({ ...(await setChecklistItemStatus(actor, input)), itemId: input.itemId }),
);
export const updateChecklistItemAction = authenticatedAction(ZUpdateChecklistItemInput, async (actor, input) =>
  refresh({ ...(await updateChecklistItem(actor, input)), itemId: input.itemId }),
);
