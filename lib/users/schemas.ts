import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;

export const ZPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, 'Passwords are limited to 1024 characters');

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().email('Not an e-mail address').max(320),
  name: z.string().trim().min(1, 'A name is required').max(200),
  role: z.enum(['ADMIN', 'QUALITY_MANAGER', 'CONTENT_PARTNER', 'AUDITOR']),
  organisationSlug: z.string().trim().min(1, 'An organisation is required'),
  password: ZPassword,
});

export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;
