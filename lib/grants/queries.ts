// Auditor grants as administrators see them, with their state computed from the clock.
import type { TActor } from '@/lib/auth/actor';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { computeGrantState } from './grant-state';

function assertAdministrator(actor: TActor) {
  if (!canAdministerInstallation(actor)) throw new NotFoundError();
}

export async function listGrants(actor: TActor) {
  assertAdministrator(actor);
  const now = getNow();
  const grants = await getDb().auditorGrant.findMany({
    include: {
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
      procedure: { select: { id: true, projectNumber: true, type: true, agency: { select: { name: true } } } },
      createdBy: { select: { email: true } },
    },
    orderBy: [{ validUntil: 'desc' }, { createdAt: 'desc' }],
  });
  return grants.map((grant) => ({
    id: grant.id,
    auditor: grant.user,
    procedure: { id: grant.procedure.id, label: `${grant.procedure.agency.name} ${grant.procedure.projectNumber}`, type: grant.procedure.type },
    validFrom: grant.validFrom,
    validUntil: grant.validUntil,
    revokedAt: grant.revokedAt,
    createdBy: grant.createdBy?.email ?? null,
    createdAt: grant.createdAt,
    state: computeGrantState(grant, now),
  }));
}

export type TGrantRow = Awaited<ReturnType<typeof listGrants>>[number];

/**
 * What a new grant can name: auditors who may sign in, and every procedure. The procedures are
 * read without procedureScope on purpose: the administrator reads no procedure content (the scope
 * gives them nothing), but must be able to name a procedure to grant it; only its label leaves here.
 */
export async function listGrantOptions(actor: TActor) {
  assertAdministrator(actor);
  const db = getDb();
  const [auditors, procedures] = await Promise.all([
    db.user.findMany({ where: { role: 'AUDITOR', disabledAt: null }, select: { id: true, email: true, name: true }, orderBy: { email: 'asc' } }),
    db.accreditationProcedure.findMany({
      select: { id: true, projectNumber: true, type: true, agency: { select: { name: true } } },
      orderBy: [{ agency: { name: 'asc' } }, { projectNumber: 'asc' }],
    }),
  ]);
  return {
    auditors: auditors.map((auditor) => ({ id: auditor.id, label: `${auditor.name} <${auditor.email}>` })),
    procedures: procedures.map((procedure) => ({ id: procedure.id, label: `${procedure.agency.name} ${procedure.projectNumber}: ${procedure.type}` })),
  };
}
