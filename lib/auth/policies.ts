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
