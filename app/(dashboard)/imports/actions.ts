'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { importWorkloadSurvey } from '@/lib/surveys/mutations';
import { ZImportWorkloadSurveyInput } from '@/lib/surveys/schemas';

export const importWorkloadSurveyAction = authenticatedAction(ZImportWorkloadSurveyInput, async (actor, input) => {
  const wave = await importWorkloadSurvey(actor, input);
  revalidatePath('/imports');
  return wave;
});
