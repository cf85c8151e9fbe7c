// Administration reads: users and organisations of the installation, for administrators only.
import type { TActor } from '@/lib/auth/actor';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

function assertAdministrator(actor: TActor) {
  // Non-administrators learn nothing about the user list, not even that it exists.
  if (!canAdministerInstallation(actor)) throw new NotFoundError();
}

export async function listUsers(actor: TActor) {
  assertAdministrator(actor);
  return getDb().user.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      organisation: { select: { name: true } },
      auditorGrants: { include: { procedure: { select: { projectNumber: true } } }, orderBy: { validUntil: 'desc' } },
    },
    orderBy: [{ organisation: { name: 'asc' } }, { name: 'asc' }],
  });
}

export async function listOrganisations(actor: TActor) {
  assertAdministrator(actor);
  return getDb().organisation.findMany({ include: { _count: { select: { users: true } } }, orderBy: { name: 'asc' } });
}
