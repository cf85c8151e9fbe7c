// Organisation administration: create and rename. The kind is fixed at creation, because which
// roles its users may hold (and what they see) follows from it. Each change is audited in the
// same transaction.
import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { TCreateOrganisationInput, TRenameOrganisationInput } from './schemas';

const SLUG_TAKEN = 'This slug is already used by another organisation';

function assertAdministrator(actor: TActor) {
  if (!canAdministerInstallation(actor)) throw new ForbiddenError('Only administrators manage organisations');
}

/** A unique-constraint violation: another request created the same slug between check and insert. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export async function createOrganisation(actor: TActor, input: TCreateOrganisationInput): Promise<{ id: string; slug: string }> {
  assertAdministrator(actor);
  const db = getDb();
  if (await db.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new ValidationError('Nothing was created.', { slug: [SLUG_TAKEN] });
  }
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({ data: { slug: input.slug, name: input.name, kind: input.kind } });
      await recordAudit(tx, actor, {
        action: 'organisation.create',
        entityType: 'Organisation',
        entityId: organisation.id,
        after: { slug: organisation.slug, name: organisation.name, kind: organisation.kind },
      });
      return { id: organisation.id, slug: organisation.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError('Nothing was created.', { slug: [SLUG_TAKEN] });
    throw error;
  }
}

export async function renameOrganisation(actor: TActor, input: TRenameOrganisationInput): Promise<{ id: string }> {
  assertAdministrator(actor);
  const db = getDb();
  const organisation = await db.organisation.findUnique({ where: { id: input.organisationId } });
  if (!organisation) throw new NotFoundError('Organisation not found');
  if (organisation.name === input.name) return { id: organisation.id };
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: organisation.id }, data: { name: input.name } });
    await recordAudit(tx, actor, {
      action: 'organisation.rename',
      entityType: 'Organisation',
      entityId: organisation.id,
      before: { name: organisation.name },
      after: { name: input.name },
    });
  });
  return { id: organisation.id };
}
