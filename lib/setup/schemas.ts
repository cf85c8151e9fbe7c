// The input of the first-run setup (/setup): the platform organisation and its first administrator.
// Shared by the form, the server action and the tests; the password follows the one policy of
// lib/auth/password-policy.ts (ZPassword, and not built from the e-mail's name part).
import { z } from 'zod';
import { PASSWORD_MESSAGES, passwordContainsEmailName } from '@/lib/auth/password-policy';
import { ZCreateUserInput, ZPassword } from '@/lib/users/schemas';

export const ZCreateFirstAdminInput = z
  .object({
    organisationName: z.string().trim().min(1, 'A name is required').max(200, 'Names are limited to 200 characters'),
    name: ZCreateUserInput.shape.name,
    email: ZCreateUserInput.shape.email,
    password: ZPassword,
  })
  .strict()
  .refine((input) => !passwordContainsEmailName(input.password, input.email), {
    path: ['password'],
    message: PASSWORD_MESSAGES.containsEmailName,
    // Checked whenever both fields are text, so that every problem of the password shows at once.
    when: (payload) => {
      const value = payload.value as { email?: unknown; password?: unknown } | undefined;
      return typeof value?.email === 'string' && typeof value?.password === 'string';
    },
  });

export type TCreateFirstAdminInput = z.infer<typeof ZCreateFirstAdminInput>;
