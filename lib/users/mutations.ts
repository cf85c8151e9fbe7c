// User administration: only administrators (or the CLI's system actor) create users.
import type { TActor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import type { TCreateUserInput } from './schemas';

export async function createUser(actor: TActor, input: TCreateUserInput) {
  if (!canAdministerInstallation(actor)) throw new ForbiddenError('Only administrators can create users');
  const db = getDb();
  const organisation = await db.organisation.findUnique({ where: { slug: input.organisationSlug } });
  if (!organisation) throw new ValidationError('Unknown organisation', { organisationSlug: [`No organisation "${input.organisationSlug}"`] });
  const roleFitsOrganisation =
    (input.role === 'CONTENT_PARTNER') === (organisation.kind === 'CONTENT_PARTNER') &&
    (input.role !== 'AUDITOR' || organisation.kind === 'AGENCY' || organisation.kind === 'PLATFORM');
  if (!roleFitsOrganisation) {
    throw new ValidationError('Role and organisation do not fit', {
      role: [`A ${input.role.toLowerCase().replaceAll('_', ' ')} cannot belong to a ${organisation.kind.toLowerCase().replaceAll('_', ' ')} organisation`],
    });
  }
  if (await db.user.findUnique({ where: { email: input.email } })) {
    throw new ValidationError('A user with this e-mail exists', { email: ['This e-mail is already registered'] });
  }
  return db.user.create({
    data: { email: input.email, name: input.name, role: input.role, organisationId: organisation.id, passwordHash: await hashPassword(input.password) },
    select: { id: true, email: true, name: true, role: true },
  });
}
