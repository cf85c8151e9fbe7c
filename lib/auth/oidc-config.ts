// Optional single sign-on through OpenID Connect, configured by CERTQA_OIDC_* variables (README:
// "Single sign-on (OpenID Connect)"). All or nothing: with none set, single sign-on is off; with
// any set, the set must be complete and valid, else one error names every variable that is
// missing or wrong, so that a half-done configuration never silently signs people in or out.
import type { Role } from '@/lib/db/generated/sqlite/enums';

export type TOidcRoleRule = { value: string; role: Role };

export type TOidcConfig = {
  issuer: string;
  /** Discovery document, from which next-auth reads the endpoints and keys. */
  wellKnown: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the button: "Sign in with <displayName>". */
  displayName: string;
  scope: string;
  /** Claim holding group or role names: a top-level claim name, else a dotted path (realm_access.roles). */
  roleClaim: string;
  /** In the order given: the first rule whose value the user has decides the role. */
  roleRules: readonly TOidcRoleRule[];
  organisationClaim: string | null;
  defaultOrganisationSlug: string | null;
};

export class OidcConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Single sign-on (OpenID Connect) is not configured correctly: ${problems.join('; ')}`);
    this.name = 'OidcConfigError';
  }
}

const ROLES: readonly Role[] = ['ADMIN', 'QUALITY_MANAGER', 'CONTENT_PARTNER', 'AUDITOR'];
const VARIABLE_PREFIX = 'CERTQA_OIDC_';

type TSource = Record<string, string | undefined>;

function read(source: TSource, name: string): string | null {
  const value = source[`${VARIABLE_PREFIX}${name}`]?.trim();
  return value ? value : null;
}

/** "quality-manager", "Quality_Manager" and "QUALITY_MANAGER" all name the same role. */
function parseRole(text: string): Role | null {
  const normalised = text.trim().toUpperCase().replaceAll('-', '_');
  return (ROLES as readonly string[]).includes(normalised) ? (normalised as Role) : null;
}

/**
 * "qa-team=QUALITY_MANAGER,ibm-editors=CONTENT_PARTNER". The last "=" of an entry splits, so values
 * may hold "="; when the text holds ";" or line breaks, only those separate entries, so values may
 * hold commas too (LDAP-style group names such as "CN=QA,OU=Groups").
 */
export function parseRoleMap(text: string, problems: string[]): TOidcRoleRule[] {
  const rules: TOidcRoleRule[] = [];
  for (const entry of text
    .split(/[;\n]/.test(text) ? /[;\n]/ : /,/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const split = entry.lastIndexOf('=');
    const value = split > 0 ? entry.slice(0, split).trim() : '';
    const role = split > 0 ? parseRole(entry.slice(split + 1)) : null;
    if (!value || !role) {
      problems.push(`CERTQA_OIDC_ROLE_MAP entry "${entry}" is not <claim value>=<role> with a role of ${ROLES.join(', ')}`);
      continue;
    }
    const earlier = rules.find((rule) => rule.value === value);
    if (earlier && earlier.role !== role) problems.push(`CERTQA_OIDC_ROLE_MAP maps "${value}" to both ${earlier.role} and ${role}`);
    else if (!earlier) rules.push({ value, role });
  }
  if (rules.length === 0 && problems.length === 0) problems.push('CERTQA_OIDC_ROLE_MAP maps no claim value to a role');
  return rules;
}

function parseIssuer(text: string, problems: string[]): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push(`CERTQA_OIDC_ISSUER "${text}" is not a URL`);
    return text;
  }
  // Plain http only for an identity provider on this machine (development, tests).
  const isLocal = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocal)) problems.push(`CERTQA_OIDC_ISSUER must be an https:// URL, got "${text}"`);
  if (url.search || url.hash) problems.push('CERTQA_OIDC_ISSUER must not carry a query or fragment');
  return text.replace(/\/+$/, '');
}

/** The configuration, null when single sign-on is off; throws OidcConfigError when it is half done or wrong. */
export function parseOidcConfig(source: TSource): TOidcConfig | null {
  const isAnySet = Object.entries(source).some(([name, value]) => name.startsWith(VARIABLE_PREFIX) && value?.trim());
  if (!isAnySet) return null;
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = read(source, name);
    if (!value) problems.push(`${VARIABLE_PREFIX}${name} is missing`);
    return value ?? '';
  };
  const issuerText = required('ISSUER');
  const clientId = required('CLIENT_ID');
  const clientSecret = required('CLIENT_SECRET');
  const roleMapText = required('ROLE_MAP');
  const organisationClaim = read(source, 'ORGANISATION_CLAIM');
  const defaultOrganisationSlug = read(source, 'DEFAULT_ORGANISATION');
  if (!organisationClaim && !defaultOrganisationSlug) {
    problems.push('CERTQA_OIDC_ORGANISATION_CLAIM or CERTQA_OIDC_DEFAULT_ORGANISATION is needed, to place new users in an organisation');
  }
  const issuer = issuerText ? parseIssuer(issuerText, problems) : '';
  const roleRules = roleMapText ? parseRoleMap(roleMapText, problems) : [];
  const scope = read(source, 'SCOPE') ?? 'openid email profile';
  if (!scope.split(/\s+/).includes('openid')) problems.push('CERTQA_OIDC_SCOPE must include "openid"');
  if (problems.length > 0) throw new OidcConfigError(problems);
  return {
    issuer,
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    displayName: read(source, 'NAME') ?? 'single sign-on',
    scope,
    roleClaim: read(source, 'ROLE_CLAIM') ?? 'roles',
    roleRules,
    organisationClaim,
    defaultOrganisationSlug,
  };
}

let cached: { config: TOidcConfig | null } | undefined;

/** From process.env, parsed once per process. */
export function getOidcConfig(): TOidcConfig | null {
  cached ??= { config: parseOidcConfig(process.env) };
  return cached.config;
}
