// Organisation reads for administrators. Non-administrators get not-found: they learn nothing
// about the installation's organisations, not even that the list exists.
import type { TActor } from '@/lib/auth/actor';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

export async function listOrganisations(actor: TActor) {
  if (!canAdministerInstallation(actor)) throw new NotFoundError();
  const db = getDb();
  const [organisations, activeCounts] = await Promise.all([
    db.organisation.findMany({ include: { _count: { select: { users: true } } }, orderBy: { name: 'asc' } }),
    db.user.groupBy({ by: ['organisationId'], where: { disabledAt: null }, _count: { _all: true } }),
  ]);
  const activeByOrganisation = new Map(activeCounts.map((row) => [row.organisationId, row._count._all]));
  return organisations.map((organisation) => ({
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    kind: organisation.kind,
    createdAt: organisation.createdAt,
    userCount: organisation._count.users,
    activeUserCount: activeByOrganisation.get(organisation.id) ?? 0,
  }));
}

export type TOrganisationRow = Awaited<ReturnType<typeof listOrganisations>>[number];
