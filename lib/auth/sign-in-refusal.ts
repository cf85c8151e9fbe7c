// Why a sign-in was refused, carried from the server to the login page. next-auth passes a refusal
// on as the text of the `error` query parameter (credentials: the message of the error thrown in
// authorize; single sign-on: the redirect of the signIn callback), so a refusal is encoded into
// that text here and turned into a sentence on the page. Pure: the login form imports it too.

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

const SSO_MESSAGES: Record<TSsoRefusalCode, string> = {
  'no-role': 'Your single sign-on account has no role in CertQA. Ask your administrator to add you to a group that CertQA maps to a role.',
  'no-email': 'Your identity provider did not send an e-mail address, which CertQA needs to know who you are.',
  'unverified-email': 'Your identity provider says your e-mail address is not verified, so it cannot be matched to a CertQA account.',
  'unknown-organisation': 'Your organisation is not set up in CertQA. Ask your administrator.',
  'organisation-mismatch': 'The role your identity provider gives you does not fit your organisation in CertQA. Ask your administrator.',
  'account-conflict': 'Your e-mail address belongs to a CertQA account that is linked to another single sign-on identity. Ask your administrator.',
  disabled: 'This account is disabled. Ask your administrator.',
};

/** Local wall-clock time, 24-hour: the reader's own time zone unless one is given (tests). */
export function formatClockTime(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}

export function describeSignInRefusal(refusal: TSignInRefusal, now: Date, timeZone?: string): string {
  switch (refusal.kind) {
    case 'address-limited': {
      const minutes = Math.max(1, Math.ceil((refusal.retryAt.getTime() - now.getTime()) / 60_000));
      return `Too many sign-in attempts from this address; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    }
    case 'locked':
      return `This account is locked until ${formatClockTime(refusal.lockedUntil, timeZone)} after repeated failed sign-ins.`;
    case 'sso':
      return SSO_MESSAGES[refusal.code];
    case 'sso-failed':
      return 'Single sign-on did not complete. Please try again, or sign in with e-mail and password.';
    default:
      return 'E-mail or password is not correct.';
  }
}
