// A single sign-on, after next-auth has verified the ID token: map the claims to a CertQA role and
// organisation, then find the user by their OpenID subject, else by e-mail (linking the account),
// else create them. The identity provider is the authority on role and organisation for people
// who sign in through it, so both are brought up to date at every sign-in; an unmapped role is
// refused rather than given a default. Users created here have no password (SSO_ONLY_PASSWORD_HASH).
import type { TDb } from '@/lib/db/client';
import type { OrganisationKind, Role } from '@/lib/db/generated/sqlite/enums';
import { mapRole, readIdentity, resolveOrganisationSlug, type TOidcClaims } from './oidc-claims';
import type { TOidcConfig } from './oidc-config';
import { SSO_ONLY_PASSWORD_HASH } from './password';
import { recordSignInEvent } from './sign-in-audit';
import type { TSsoRefusalCode } from './sign-in-refusal';

export type TOidcSignInResult = { ok: true; userId: string; created: boolean } | { ok: false; code: TSsoRefusalCode };

/** Scope follows from role and organisation: content partners belong to partner organisations, auditors to agencies or platforms. */
export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return (role === 'CONTENT_PARTNER') === (kind === 'CONTENT_PARTNER') && (role !== 'AUDITOR' || kind === 'AGENCY' || kind === 'PLATFORM');
}

type TUserRow = NonNullable<Awaited<ReturnType<TDb['user']['findUnique']>>>;

async function refuse(db: TDb, email: string | null, user: TUserRow | null, code: TSsoRefusalCode): Promise<TOidcSignInResult> {
  if (email) await recordSignInEvent(db, { email, user }, 'auth.sign-in-refused', { method: 'oidc', reason: code });
  return { ok: false, code };
}

export async function signInWithOidc(db: TDb, config: TOidcConfig, claims: TOidcClaims): Promise<TOidcSignInResult> {
  const identity = readIdentity(claims, config);
  if (!identity) return refuse(db, null, null, 'no-email');
  const bySubject = await db.user.findUnique({ where: { oidcSubject: identity.subject } });
  const byEmail = bySubject ? null : await db.user.findUnique({ where: { email: identity.email } });
  const existing = bySubject ?? byEmail;

  const role = mapRole(claims, config);
  if (!role) return refuse(db, identity.email, existing, 'no-role');
  const slug = resolveOrganisationSlug(claims, config);
  const organisation = slug ? await db.organisation.findUnique({ where: { slug } }) : null;
  if (!organisation) return refuse(db, identity.email, existing, 'unknown-organisation');
  if (!roleFitsOrganisation(role, organisation.kind)) return refuse(db, identity.email, existing, 'organisation-mismatch');

  if (byEmail) {
    // Linking by e-mail trusts the provider's word that the address is theirs.
    if (identity.emailVerified === false) return refuse(db, identity.email, byEmail, 'unverified-email');
    if (byEmail.oidcSubject) return refuse(db, identity.email, byEmail, 'account-conflict');
  }
  if (existing?.disabledAt) return refuse(db, identity.email, existing, 'disabled');

  if (existing) {
    const changed = existing.role !== role || existing.organisationId !== organisation.id || existing.oidcSubject !== identity.subject;
    const user = changed
      ? await db.user.update({ where: { id: existing.id }, data: { role, organisationId: organisation.id, oidcSubject: identity.subject } })
      : existing;
    await recordSignInEvent(db, { email: identity.email, user }, 'auth.sign-in', {
      method: 'oidc',
      ...(changed ? { role, organisationId: organisation.id, linked: existing.oidcSubject !== identity.subject } : {}),
    });
    return { ok: true, userId: user.id, created: false };
  }

  const user = await db.user.create({
    data: {
      email: identity.email,
      name: identity.name,
      role,
      organisationId: organisation.id,
      oidcSubject: identity.subject,
      passwordHash: SSO_ONLY_PASSWORD_HASH,
    },
  });
  await recordSignInEvent(db, { email: identity.email, user }, 'auth.sso-user-created', { role, organisationId: organisation.id, name: user.name });
  await recordSignInEvent(db, { email: identity.email, user }, 'auth.sign-in', { method: 'oidc' });
  return { ok: true, userId: user.id, created: true };
}
