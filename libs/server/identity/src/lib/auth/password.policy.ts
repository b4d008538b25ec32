import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 takes any length; a cap keeps hashing cost bounded. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'CONTAINS_EMAIL';

/**
 * The password rules (NIST SP 800-63B style): long enough, not a well-known password, not the
 * e-mail address. No composition rules: they push people to "Welkom2026!".
 */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  // A common word padded with digits or symbols is as weak as the word itself.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem) || new Set(lower).size < 4) {
    return 'TOO_COMMON';
  }
  const local = email?.toLowerCase().split('@')[0];
  if (local && local.length >= 4 && lower.includes(local)) return 'CONTAINS_EMAIL';
  return null;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `The password must have at least ${PASSWORD_MIN_LENGTH} characters`,
  TOO_LONG: `The password may have at most ${PASSWORD_MAX_LENGTH} characters`,
  TOO_COMMON: 'This password is too common; choose a longer phrase of your own',
  CONTAINS_EMAIL: 'The password may not contain your e-mail address',
};
