// next-auth configuration: credentials sign-in, JWT sessions that carry only the user id.
// The role and organisation are re-read from the database on every request (see session.ts),
// so the token never grants more than the database currently says.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db/client';
import { getAuthSecret } from '@/lib/env';
import { authenticateWithPassword } from './authenticate';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login' },
    providers: [
      CredentialsProvider({
        name: 'E-mail and password',
        credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials) {
          const userId = await authenticateWithPassword(getDb(), credentials);
          return userId ? { id: userId } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
