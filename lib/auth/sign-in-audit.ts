// Sign-in events in the audit log: successes, counted failures, lock-outs, sign-outs everywhere and
// refused single sign-ons. The actor label is the e-mail as typed (or sent by the identity
// provider); passwords, tokens and client addresses never enter the log. Attempts refused by a
// running limit are not logged one by one, so that a flood of them cannot flood the log.
import { recordAudit } from '@/lib/audit/record-audit';
import type { TDb } from '@/lib/db/client';
import type { TActor } from './actor';

export type TSignInAuditAction =
  | 'auth.sign-in'
  | 'auth.sign-in-failed'
  | 'auth.account-locked'
  | 'auth.sign-in-refused'
  | 'auth.sign-out-everywhere'
  | 'auth.sso-user-created';

/** actorId of attempts on e-mails that belong to no active account. */
export const UNKNOWN_ACCOUNT_ID = 'unknown-account';

type TSignInSubject = { email: string; user: { id: string; role: TActor['role']; organisationId: string; name: string } | null };

/** The actor the audit entry names: the account's user, or the typed e-mail alone (recordAudit uses only id and e-mail). */
function subjectActor(subject: TSignInSubject): TActor {
  return {
    userId: subject.user?.id ?? UNKNOWN_ACCOUNT_ID,
    role: subject.user?.role ?? 'AUDITOR',
    organisationId: subject.user?.organisationId ?? '',
    name: subject.user?.name ?? subject.email,
    email: subject.email,
  };
}

export async function recordSignInEvent(db: TDb, subject: TSignInSubject, action: TSignInAuditAction, after: Record<string, unknown>): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, subjectActor(subject), { action, entityType: 'User', entityId: subject.user?.id ?? UNKNOWN_ACCOUNT_ID, after }),
  );
}
