'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { createProcedure } from '@/lib/procedures/mutations';
import { ZCreateProcedureInput } from '@/lib/procedures/schemas';

export const createProcedureAction = authenticatedAction(ZCreateProcedureInput, async (actor, input) => {
  const result = await createProcedure(actor, input);
  revalidatePath('/procedures');
  return result;
});
