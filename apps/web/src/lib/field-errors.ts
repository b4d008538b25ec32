import type { TFunction } from 'i18next';

/** Field error codes we know how to say; anything else gets the generic text. */
const KNOWN = new Set([
  'REQUIRED',
  'INVALID_EMAIL',
  'IS_EMAIL',
  'MIN_LENGTH',
  'MAX_LENGTH',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_COMMON',
  'CONTAINS_EMAIL',
  'UNKNOWN_ORG_UNIT',
  'CYCLE',
  'OWN_ROLE',
  'OWN_ACCOUNT',
  'EMAIL_TAKEN',
  'PASSWORD_MISMATCH',
  'ERASED',
]);

type FieldErrorKey = `fieldErrors.${
  | 'REQUIRED'
  | 'INVALID_EMAIL'
  | 'IS_EMAIL'
  | 'MIN_LENGTH'
  | 'MAX_LENGTH'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_COMMON'
  | 'CONTAINS_EMAIL'
  | 'UNKNOWN_ORG_UNIT'
  | 'CYCLE'
  | 'OWN_ROLE'
  | 'OWN_ACCOUNT'
  | 'EMAIL_TAKEN'
  | 'PASSWORD_MISMATCH'
  | 'ERASED'
  | 'INVALID'}`;

/** Turns a field error code (ours or the API's) into a sentence in the current language. */
export function fieldErrorText(t: TFunction, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const key = (KNOWN.has(code) ? `fieldErrors.${code}` : 'fieldErrors.INVALID') as FieldErrorKey;
  return t(key);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}
