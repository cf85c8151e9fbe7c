import { describe, expect, test } from 'vitest';
import { ZCreateUserInput, ZPassword } from '@/lib/users/schemas';
import { findPasswordProblems, isCommonPassword, PASSWORD_MESSAGES, passwordContainsEmailName } from './password-policy';

describe('findPasswordProblems', () => {
  test('accepts a long, uncommon passphrase', () => {
    expect(findPasswordProblems('maple tractor inkwell 42', { email: 'quinn@coursera.demo' })).toEqual([]);
  });

  test('needs 12 characters and allows at most 1024', () => {
    expect(findPasswordProblems('short-pass1')).toEqual([PASSWORD_MESSAGES.tooShort]);
    expect(findPasswordProblems(`${'x'.repeat(11)}y`)).toEqual([]);
    expect(findPasswordProblems(`${'ab'.repeat(512)}c`)).toEqual([PASSWORD_MESSAGES.tooLong]);
  });

  test('refuses listed passwords whatever their case', () => {
    expect(findPasswordProblems('Password1234')).toEqual([PASSWORD_MESSAGES.common]);
    expect(findPasswordProblems('QWERTYUIOP123')).toEqual([PASSWORD_MESSAGES.common]);
    expect(findPasswordProblems('correct horse battery staple')).toEqual([PASSWORD_MESSAGES.common]);
  });

  test('refuses the name part of the e-mail address, ignoring case', () => {
    expect(findPasswordProblems('my-Quinn.Quality-secret', { email: 'quinn.quality@coursera.demo' })).toEqual([PASSWORD_MESSAGES.containsEmailName]);
    expect(passwordContainsEmailName('aaa-long-enough-pass', 'aaa@example.org')).toBe(true);
    // Two-letter names would match too much to be a useful rule.
    expect(passwordContainsEmailName('a jolly long passphrase', 'jo@example.org')).toBe(false);
    expect(passwordContainsEmailName('a jolly long passphrase', null)).toBe(false);
  });
});

describe('isCommonPassword', () => {
  test('catches a common word padded with digits and symbols, also in leetspeak', () => {
    expect(isCommonPassword('Welcome123456')).toBe(true);
    expect(isCommonPassword('P@ssw0rd2026!!')).toBe(true);
    expect(isCommonPassword('!!Summer2025!!')).toBe(true);
    expect(isCommonPassword('CertQA2026!!!')).toBe(true);
  });

  test('catches one repeated character', () => {
    expect(isCommonPassword('zzzzzzzzzzzzzz')).toBe(true);
    expect(isCommonPassword('777777777777')).toBe(true);
  });

  test('leaves passwords that merely contain a common word alone', () => {
    expect(isCommonPassword('summer rain on the old barn')).toBe(false);
    expect(isCommonPassword('certqa-demo-2026')).toBe(false);
  });
});

describe('ZPassword and user creation', () => {
  test('ZPassword reports length and commonness', () => {
    expect(ZPassword.safeParse('maple tractor inkwell').success).toBe(true);
    const common = ZPassword.safeParse('password12345');
    expect(common.success ? [] : common.error.issues.map((issue) => issue.message)).toEqual([PASSWORD_MESSAGES.common]);
    const short = ZPassword.safeParse('abc');
    expect(short.success ? [] : short.error.issues.map((issue) => issue.message)).toContain(PASSWORD_MESSAGES.tooShort);
  });

  test('creating a user goes through ZPassword', () => {
    const input = { email: 'qm@example.org', name: 'Q. Manager', role: 'QUALITY_MANAGER', organisationSlug: 'coursera' };
    expect(ZCreateUserInput.safeParse({ ...input, password: 'qwerty123456' }).success).toBe(false);
    expect(ZCreateUserInput.safeParse({ ...input, password: 'maple tractor inkwell' }).success).toBe(true);
  });
});
