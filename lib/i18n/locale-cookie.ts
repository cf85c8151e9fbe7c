// Remembers the interface language in the browser, so the login page speaks it after sign-out.
import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, type TLocale } from './locales';

export async function rememberLocale(locale: TLocale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60, httpOnly: true });
}
