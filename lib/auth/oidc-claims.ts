// Reading an identity provider's ID-token claims: who the person is, which CertQA role their groups
// map to, and which organisation they belong to. Pure, so the mapping is tested without a network.
import { z } from 'zod';
import type { Role } from '@/lib/db/generated/sqlite/enums';
import type { TOidcConfig } from './oidc-config';

export type TOidcClaims = Record<string, unknown>;

export type TOidcIdentity = {
  /** "<issuer>|<sub>": unique across identity providers, stored as User.oidcSubject. */
  subject: string;
  email: string;
  /** The provider's email_verified claim; null when it sends none (Azure AD, for one). */
  emailVerified: boolean | null;
  name: string;
};

const ZEmail = z.string().trim().toLowerCase().email().max(320);

/** A claim by its exact name (names may be URLs with dots), else by a dotted path into nested objects. */
export function readClaim(claims: TOidcClaims, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (!value || typeof value !== 'object' || !(part in value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A claim as a list of strings: a single string is one value, an array its string members. */
export function claimValues(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
  return [];
}

export function readIdentity(claims: TOidcClaims, config: Pick<TOidcConfig, 'issuer'>): TOidcIdentity | null {
  const sub = typeof claims.sub === 'string' ? claims.sub.trim() : '';
  const email = ZEmail.safeParse(claims.email);
  if (!sub || !email.success) return null;
  const issuer = typeof claims.iss === 'string' && claims.iss ? claims.iss.replace(/\/+$/, '') : config.issuer;
  const verified = claims.email_verified;
  const name = [claims.name, claims.preferred_username].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return {
    subject: `${issuer}|${sub}`,
    email: email.data,
    emailVerified: typeof verified === 'boolean' ? verified : verified === 'true' ? true : verified === 'false' ? false : null,
    name: (name ?? email.data).trim().slice(0, 200),
  };
}

/** The role of the first rule (in configuration order) whose value is among the user's claim values. */
export function mapRole(claims: TOidcClaims, config: Pick<TOidcConfig, 'roleClaim' | 'roleRules'>): Role | null {
  const values = new Set(claimValues(readClaim(claims, config.roleClaim)));
  return config.roleRules.find((rule) => values.has(rule.value))?.role ?? null;
}

/** The organisation slug from the organisation claim (its first value), else the configured default. */
export function resolveOrganisationSlug(claims: TOidcClaims, config: Pick<TOidcConfig, 'organisationClaim' | 'defaultOrganisationSlug'>): string | null {
  const fromClaim = config.organisationClaim ? claimValues(readClaim(claims, config.organisationClaim))[0] : undefined;
  return fromClaim?.toLowerCase() ?? config.defaultOrganisationSlug;
}
