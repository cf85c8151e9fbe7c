// Creating and revoking auditor grants. A grant is kept after it ends or is revoked, so the record
// of who could read what, when, stays complete; lib/auth/scope.ts gives access only while a grant
// is active. Each change is audited with the procedure it concerns, so it shows in that trail too.
import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { computeGrantState, isGrantRevocable } from './grant-state';
import type { TCreateGrantInput, TRevokeGrantInput } from './schemas';

function assertAdministrator(actor: TActor) {
  if (!canAdministerInstallation(actor)) throw new ForbiddenError('Only administrators manage auditor grants');
}

export async function createGrant(actor: TActor, input: TCreateGrantInput): Promise<{ id: string }> {
  assertAdministrator(actor);
  const db = getDb();
  const [auditor, procedure] = await Promise.all([
    db.user.findUnique({ where: { id: input.auditorId }, select: { id: true, role: true, disabledAt: true } }),
    db.accreditationProcedure.findUnique({ where: { id: input.procedureId }, select: { id: true } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (auditor?.role !== 'AUDITOR') fieldErrors.auditorId = ['Grants go to users with the auditor role'];
  else if (auditor.disabledAt) fieldErrors.auditorId = ['This auditor is disabled; enable the account first'];
  if (!procedure) fieldErrors.procedureId = ['Unknown procedure'];
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError('Nothing was granted.', fieldErrors);
  // Actor ids of the CLI ("system") are no users; the grant then records no issuer.
  const createdById = actor.userId === 'system' ? null : actor.userId;
  return db.$transaction(async (tx) => {
    const grant = await tx.auditorGrant.create({
      data: { userId: input.auditorId, procedureId: input.procedureId, validFrom: input.validFrom, validUntil: input.validUntil, createdById },
    });
    await recordAudit(tx, actor, {
      action: 'auditor-grant.create',
      entityType: 'AuditorGrant',
      entityId: grant.id,
      procedureId: grant.procedureId,
      after: { userId: grant.userId, procedureId: grant.procedureId, validFrom: grant.validFrom, validUntil: grant.validUntil },
    });
    return { id: grant.id };
  });
}

export async function revokeGrant(actor: TActor, input: TRevokeGrantInput): Promise<{ id: string }> {
  assertAdministrator(actor);
  const db = getDb();
  const grant = await db.auditorGrant.findUnique({ where: { id: input.grantId } });
  if (!grant) throw new NotFoundError('Grant not found');
  const now = getNow();
  const state = computeGrantState(grant, now);
  if (!isGrantRevocable(state)) throw new ValidationError(`This grant is already ${state.toLowerCase()}; nothing was changed.`);
  await db.$transaction(async (tx) => {
    // Guarded on revokedAt: of two concurrent revocations only one takes effect and is audited.
    const updated = await tx.auditorGrant.updateMany({ where: { id: grant.id, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count !== 1) throw new ValidationError('This grant was revoked meanwhile; nothing was changed.');
    await recordAudit(tx, actor, {
      action: 'auditor-grant.revoke',
      entityType: 'AuditorGrant',
      entityId: grant.id,
      procedureId: grant.procedureId,
      before: { revokedAt: null },
      after: { revokedAt: now },
    });
  });
  return { id: grant.id };
}
