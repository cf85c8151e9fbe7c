'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { updateCertificateDefinition } from '@/lib/certificates/mutations';
import { ZUpdateCertificateInput } from '@/lib/certificates/schemas';

export const updateCertificateDefinitionAction = authenticatedAction(ZUpdateCertificateInput, async (actor, input) => {
  const result = await updateCertificateDefinition(actor, input);
  revalidatePath('/certificates');
  revalidatePath(`/certificates/${result.slug}`);
  return result;
});
