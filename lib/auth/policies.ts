// Named permissions: what a role may do to objects already inside its scope.
import type { TActor } from './actor';

/** Quality managers define certificates (courses, hours, stated credits); nobody else does. */
export function canEditCertificateDefinitions(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER';
}

export function canManageProcedures(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER';
}

export function canAdministerInstallation(actor: TActor): boolean {
  return actor.role === 'ADMIN';
}

/** Auditors read; they never change anything. */
export function isReadOnly(actor: TActor): boolean {
  return actor.role === 'AUDITOR';
}

/** Quality managers import exports; so does the local operator through the CLI. */
export function canImportExports(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER' || actor.userId === 'system';
}

/** Learner comments are shown only after a quality manager released them. */
export function canReviewComments(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER';
}

/** The audit trail is read by those who answer for a procedure: its quality managers and auditors. */
export function canReadAuditTrail(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER' || actor.role === 'AUDITOR';
}

/** A checklist item is worked by quality managers and by the organisation it is assigned to. */
export function canWorkChecklistItem(actor: TActor, item: { assigneeOrganisationId: string }): boolean {
  return actor.role === 'QUALITY_MANAGER' || (actor.role === 'CONTENT_PARTNER' && item.assigneeOrganisationId === actor.organisationId);
}

/** Only quality managers accept or reject evidence and record committee decisions. */
export function canReviewEvidence(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER';
}

/** Quality managers run control loops; measure owners update their measures' status. */
export function canManageControlLoops(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER';
}

/** Evidence reports go to those who answer for or audit a procedure (partners read their dashboards). */
export function canExportEvidenceReport(actor: TActor): boolean {
  return actor.role === 'QUALITY_MANAGER' || actor.role === 'AUDITOR';
}
