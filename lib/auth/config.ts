// next-auth configuration: credentials sign-in (with rate limits and lock-out, password-sign-in.ts)
// and, when CERTQA_OIDC_* is set, single sign-on beside it. JWT sessions carry only the user id and
// the moment of sign-in; role and organisation are re-read from the database on every request
// (session.ts), and a session older than CERTQA_SESSION_HOURS or than the user's
// sessionsValidAfter is refused there, so the token never grants more than the database says.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { getAuthSecret } from '@/lib/env';
import { authLogger } from './auth-logger';
import { getClientAddress } from './client-address';
import type { TOidcClaims } from './oidc-claims';
import { getOidcConfig } from './oidc-config';
import { createOidcProvider, OIDC_PROVIDER_ID } from './oidc-provider';
import { signInWithOidc } from './oidc-sign-in';
import { signInWithPassword } from './password-sign-in';
import { getSessionLifetimeMs } from './session-validity';
import { getSignInLimits } from './sign-in-limits';
import { encodeSignInRefusal } from './sign-in-refusal';

function firstHeader(value: unknown): string | null {
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : null;
  return typeof value === 'string' ? value : null;
}

export function getAuthOptions(): NextAuthOptions {
  const oidc = getOidcConfig();
  return {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: Math.round(getSessionLifetimeMs() / 1000) },
    // Errors land on the login page, which turns the error code into a sentence.
    pages: { signIn: '/login', error: '/login' },
    logger: authLogger,
    providers: [
      CredentialsProvider({
        name: 'E-mail and password',
        credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, request) {
          const limits = getSignInLimits();
          const address = getClientAddress(firstHeader(request?.headers?.['x-forwarded-for']), limits.trustedProxyHops);
          const result = await signInWithPassword(getDb(), credentials, { address, now: getNow(), limits });
          if (result.ok) return { id: result.userId };
          if (result.kind === 'invalid') return null;
          // next-auth hands a thrown message to the page as the error code.
          throw new Error(encodeSignInRefusal(result));
        },
      }),
      ...(oidc ? [createOidcProvider(oidc)] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID || !oidc) return true;
        const result = await signInWithOidc(getDb(), oidc, (profile ?? {}) as TOidcClaims);
        return result.ok ? true : `/login?error=${encodeURIComponent(encodeSignInRefusal({ kind: 'sso', code: result.code }))}`;
      },
      async jwt({ token, user, account }) {
        if (!user) return token;
        // Sign-in: keep only what session.ts needs. For single sign-on the profile id is the
        // OpenID subject, which the signIn callback has just stored on the CertQA user.
        const userId =
          account?.provider === OIDC_PROVIDER_ID ? (await getDb().user.findUnique({ where: { oidcSubject: user.id }, select: { id: true } }))?.id : user.id;
        return { sub: userId, signedInAt: getNow().getTime() };
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, signedInAt: token.signedInAt };
      },
    },
  };
}
