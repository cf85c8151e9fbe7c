// next-auth's generic OAuth provider in its OpenID Connect form: endpoints and signing keys come
// from the issuer's discovery document (wellKnown), the profile from the verified ID token
// (idToken), and the round trip is bound to the browser by state and PKCE. The profile's id is the
// OpenID subject "<issuer>|<sub>"; the signIn callback (config.ts) maps it to a CertQA user.
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { readIdentity, type TOidcClaims } from './oidc-claims';
import type { TOidcConfig } from './oidc-config';

export const OIDC_PROVIDER_ID = 'oidc';

export function createOidcProvider(config: TOidcConfig): OAuthConfig<TOidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.displayName,
    type: 'oauth',
    wellKnown: config.wellKnown,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: config.scope } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile(claims) {
      const identity = readIdentity(claims, config);
      const sub = typeof claims.sub === 'string' ? claims.sub : '';
      // Without an e-mail the signIn callback refuses the sign-in with a message; the id must still be set.
      return { id: identity?.subject ?? `${config.issuer}|${sub}`, email: identity?.email ?? null, name: identity?.name ?? null };
    },
  };
}
