// The one scope mechanism: turns an actor into Prisma `where` fragments. Every function in
// lib/*/queries.ts and lib/*/mutations.ts combines its own filter with one of these, so that an
// object outside the actor's scope is simply not found (→ 404), never returned.
//
// Fail closed: a role without a rule here (including ADMIN, who administers the installation but
// reads no learner data) gets NOTHING, a filter that matches no row.
import { getNow } from '@/lib/clock';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import type { TActor } from './actor';

const NOTHING = { id: { in: [] as string[] } };

/** Grants of this auditor that are in force now: started, not yet expired, not revoked. */
function activeGrantOf(actor: TActor, now: Date): Prisma.AuditorGrantWhereInput {
  return { userId: actor.userId, revokedAt: null, validFrom: { lte: now }, validUntil: { gt: now } };
}

export function procedureScope(actor: TActor, now: Date = getNow()): Prisma.AccreditationProcedureWhereInput {
  switch (actor.role) {
    case 'QUALITY_MANAGER':
      return { platformOrganisationId: actor.organisationId };
    case 'CONTENT_PARTNER':
      return { certificates: { some: { certificate: { contentPartnerOrganisationId: actor.organisationId } } } };
    case 'AUDITOR':
      return { auditorGrants: { some: activeGrantOf(actor, now) } };
    default:
      return NOTHING;
  }
}

export function certificateScope(actor: TActor, now: Date = getNow()): Prisma.CertificateWhereInput {
  switch (actor.role) {
    case 'QUALITY_MANAGER':
      return { platformOrganisationId: actor.organisationId };
    case 'CONTENT_PARTNER':
      return { contentPartnerOrganisationId: actor.organisationId };
    case 'AUDITOR':
      return { procedures: { some: { procedure: procedureScope(actor, now) } } };
    default:
      return NOTHING;
  }
}

/** Courses are visible through the certificates they belong to. */
export function courseScope(actor: TActor, now: Date = getNow()): Prisma.CourseWhereInput {
  return { certificates: { some: { certificate: certificateScope(actor, now) } } };
}

/**
 * Checklist items: quality managers see those of their platform's procedures; content partners
 * only the items assigned to their organisation; auditors those of the procedures granted to them.
 */
export function checklistItemScope(actor: TActor, now: Date = getNow()): Prisma.ChecklistItemWhereInput {
  switch (actor.role) {
    case 'QUALITY_MANAGER':
      return { condition: { procedure: { platformOrganisationId: actor.organisationId } } };
    case 'CONTENT_PARTNER':
      return { assigneeOrganisationId: actor.organisationId };
    case 'AUDITOR':
      return { condition: { procedure: procedureScope(actor, now) } };
    default:
      return NOTHING;
  }
}

/** Control loops are seen through their certificate (partners see the loops of their certificates). */
export function controlLoopScope(actor: TActor, now: Date = getNow()): Prisma.ControlLoopWhereInput {
  if (actor.role !== 'QUALITY_MANAGER' && actor.role !== 'CONTENT_PARTNER' && actor.role !== 'AUDITOR') return NOTHING;
  return { certificate: certificateScope(actor, now) };
}
