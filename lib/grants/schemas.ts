// Input schemas of auditor grants. Dates are calendar days (midnight UTC): access starts when the
// "from" day begins and ends when the "until" day begins, so "until tomorrow" means through today.
import { z } from 'zod';
import { ZDay } from '@/lib/conditions/schemas';

const ZId = z.string().trim().min(1).max(64);

export const ZCreateGrantInput = z
  .object({
    auditorId: z.string().trim().min(1, 'Choose an auditor').max(64),
    procedureId: z.string().trim().min(1, 'Choose a procedure').max(64),
    validFrom: ZDay,
    validUntil: ZDay,
  })
  .refine((input) => input.validUntil > input.validFrom, {
    path: ['validUntil'],
    message: 'The end must be after the start',
    // Only compare two dates: with a malformed day the field's own message says enough.
    when: (payload) => payload.issues.length === 0,
  });
export type TCreateGrantInput = z.infer<typeof ZCreateGrantInput>;

export const ZRevokeGrantInput = z.object({ grantId: ZId });
export type TRevokeGrantInput = z.infer<typeof ZRevokeGrantInput>;
