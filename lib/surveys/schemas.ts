import { z } from 'zod';

export const ZImportWorkloadSurveyInput = z.object({
  name: z.string().trim().min(3, 'Name the survey wave (at least 3 characters)').max(200),
  sourceName: z.string().trim().min(1).max(200),
  text: z.string().min(1, 'Choose a CSV file').max(5 * 1024 * 1024, 'The file is larger than 5 MB'),
});

export type TImportWorkloadSurveyInput = z.infer<typeof ZImportWorkloadSurveyInput>;
