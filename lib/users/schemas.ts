import { z } from 'zod';
import { isCommonPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_MESSAGES } from '@/lib/auth/password-policy';

export { MIN_PASSWORD_LENGTH };

/**
 * The password policy of lib/auth/password-policy.ts for every path that sets a password. A schema
 * that also knows the e-mail adds `passwordContainsEmailName` from there as an object refinement.
 */
export const ZPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, PASSWORD_MESSAGES.tooShort)
  .max(MAX_PASSWORD_LENGTH, PASSWORD_MESSAGES.tooLong)
  .refine((password) => !isCommonPassword(password), PASSWORD_MESSAGES.common);

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().email('Not an e-mail address').max(320),
  name: z.string().trim().min(1, 'A name is required').max(200),
  role: z.enum(['ADMIN', 'QUALITY_MANAGER', 'CONTENT_PARTNER', 'AUDITOR']),
  organisationSlug: z.string().trim().min(1, 'An organisation is required'),
  password: ZPassword,
});

export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;
