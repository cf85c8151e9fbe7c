// Why a sign-in was refused, carried from the server to the login page. next-auth passes a refusal
// on as the text of the `error` query parameter (credentials: the message of the error thrown in
// authorize; single sign-on: the redirect of the signIn callback), so a refusal is encoded into
// that text here and turned into a sentence on the page, in the reader's language (messages/…/auth.json).
// Pure: the login form imports it too.
import { createTranslator } from 'use-intl/core';
import { INTL_LOCALES, type TLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

export const SSO_REFUSAL_CODES = [
  'no-role',
  'no-email',
  'unverified-email',
  'unknown-organisation',
  'organisation-mismatch',
  'account-conflict',
  'disabled',
] as const;
export type TSsoRefusalCode = (typeof SSO_REFUSAL_CODES)[number];

export type TSignInRefusal =
  | { kind: 'invalid' }
  | { kind: 'address-limited'; retryAt: Date }
  | { kind: 'locked'; lockedUntil: Date }
  | { kind: 'sso'; code: TSsoRefusalCode }
  | { kind: 'sso-failed' };

const PREFIX = 'certqa';

export function encodeSignInRefusal(refusal: TSignInRefusal): string {
  switch (refusal.kind) {
    case 'address-limited':
      return `${PREFIX}:address-limited:${refusal.retryAt.toISOString()}`;
    case 'locked':
      return `${PREFIX}:locked:${refusal.lockedUntil.toISOString()}`;
    case 'sso':
      return `${PREFIX}:sso:${refusal.code}`;
    default:
      return `${PREFIX}:${refusal.kind}`;
  }
}

function parseDate(text: string | undefined): Date | null {
  const date = text ? new Date(text) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * The refusal an `error` parameter stands for. next-auth's own codes: a wrong password is
 * "CredentialsSignin"; anything else that went wrong came from the single sign-on round trip.
 */
export function decodeSignInRefusal(error: string | null | undefined): TSignInRefusal | null {
  if (!error) return null;
  if (error === 'CredentialsSignin') return { kind: 'invalid' };
  if (!error.startsWith(`${PREFIX}:`)) return { kind: 'sso-failed' };
  const [, kind, ...rest] = error.split(':');
  const value = rest.join(':');
  if (kind === 'address-limited') {
    const retryAt = parseDate(value);
    return retryAt ? { kind, retryAt } : { kind: 'invalid' };
  }
  if (kind === 'locked') {
    const lockedUntil = parseDate(value);
    return lockedUntil ? { kind, lockedUntil } : { kind: 'invalid' };
  }
  if (kind === 'sso') return (SSO_REFUSAL_CODES as readonly string[]).includes(value) ? { kind, code: value as TSsoRefusalCode } : { kind: 'sso-failed' };
  if (kind === 'sso-failed') return { kind };
  return { kind: 'invalid' };
}

/** Local wall-clock time, 24-hour: the reader's own time zone unless one is given (tests). */
export function formatClockTime(date: Date, timeZone?: string, locale: TLocale = 'en'): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}

/** The refusal as a sentence in the reader's language (English unless one is given). */
export function describeSignInRefusal(refusal: TSignInRefusal, now: Date, timeZone?: string, locale: TLocale = 'en'): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'auth.refusal' });
  switch (refusal.kind) {
    case 'address-limited': {
      const minutes = Math.max(1, Math.ceil((refusal.retryAt.getTime() - now.getTime()) / 60_000));
      return t('addressLimited', { minutes });
    }
    case 'locked':
      return t('locked', { time: formatClockTime(refusal.lockedUntil, timeZone, locale) });
    case 'sso':
      return t(`sso.${refusal.code}`);
    case 'sso-failed':
      return t('ssoFailed');
    default:
      return t('invalid');
  }
}
