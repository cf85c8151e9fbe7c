// The password policy, framework-free so that forms, server actions and the CLI apply the same
// rules (through ZPassword in lib/users/schemas.ts): long enough, not a password attackers try
// first, and not built from the user's own e-mail name. Length beats composition rules (NIST
// SP 800-63B), so there are no "one digit, one symbol" requirements.
import { BASE_WORDS, COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
/** scrypt hashes any length, but an unbounded input is a cheap way to make the server work hard. */
export const MAX_PASSWORD_LENGTH = 1024;

export const PASSWORD_MESSAGES = {
  tooShort: `Passwords need at least ${MIN_PASSWORD_LENGTH} characters`,
  tooLong: `Passwords are limited to ${MAX_PASSWORD_LENGTH} characters`,
  common: 'This password is on lists of frequently used passwords; choose a less predictable one',
  containsEmailName: 'The password must not contain the name part of the e-mail address (before the @)',
} as const;

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', $: 's', '5': 's', '7': 't' };

/** "P@ssw0rd2026!" → "password": the word a guessing tool would start from. */
function baseWord(password: string): string {
  const stripped = password
    .toLowerCase()
    .replace(/^[\d\W_]+/, '')
    .replace(/[\d\W_]+$/, '');
  return [...stripped].map((character) => LEET[character] ?? character).join('');
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  // One character repeated ("aaaaaaaaaaaa", "111111111111") is the first thing tried.
  if (/^(.)\1*$/su.test(lower)) return true;
  return BASE_WORDS.has(baseWord(password));
}

/** The part of the address before the @, when it is long enough to be meaningful (≥ 3 characters). */
export function passwordContainsEmailName(password: string, email: string | null | undefined): boolean {
  const name = email?.trim().toLowerCase().split('@')[0] ?? '';
  return name.length >= 3 && password.toLowerCase().includes(name);
}

/** Every rule the password breaks, as messages for the form; empty when it is acceptable. */
export function findPasswordProblems(password: string, context: { email?: string | null } = {}): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(PASSWORD_MESSAGES.tooShort);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(PASSWORD_MESSAGES.tooLong);
  if (isCommonPassword(password)) problems.push(PASSWORD_MESSAGES.common);
  if (passwordContainsEmailName(password, context.email)) problems.push(PASSWORD_MESSAGES.containsEmailName);
  return problems;
}
