import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../lib/graphql-errors';

/** Refusals of the challenge and evaluation API that the pages explain in words. */
const PROBLEM_CODES = [
  'IDEAS_WITHOUT_RESPONSE',
  'INVALID_TRANSITION',
  'CRITERIA_LOCKED',
  'BEFORE_OPENING',
  'UNKNOWN_CRITERION',
  'DUPLICATE',
  'NOT_IN_REVIEW',
  'NOT_EVALUATED',
  'NOT_A_WINNER',
  'IDEA_NOT_ELIGIBLE',
  'OWNER_ROLE',
  'NOT_HIDDEN',
  'NO_OPEN_REPORTS',
] as const;
type ProblemCode = (typeof PROBLEM_CODES)[number];

export function knownProblem(caught: unknown): ProblemCode | null {
  const codes = Object.values(apiFieldErrors(caught));
  const known = codes.find((code) => (PROBLEM_CODES as readonly string[]).includes(code));
  return (known as ProblemCode | undefined) ?? null;
}

/** What to tell the manager or juror when the API refused a change. */
export function challengeProblem(t: TFunction, caught: unknown): string {
  const known = knownProblem(caught);
  if (known) return t(`challengeAdmin.errors.${known}`);
  const code = apiErrorCode(caught);
  if (code === 'FORBIDDEN') return t('challengeAdmin.errors.FORBIDDEN');
  if (code === 'NOT_FOUND') return t('challengeAdmin.errors.NOT_FOUND');
  if (code === 'CONFLICT') return t('challengeAdmin.errors.CONFLICT');
  return t('common.saveFailed');
}

/** A field error from the form or the API as a sentence. */
export function challengeFieldError(t: TFunction, code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === 'BEFORE_OPENING') return t('challengeAdmin.errors.BEFORE_OPENING');
  if (code === 'INVALID_DATE') return t('challengeAdmin.form.invalidDate');
  return fieldErrorText(t, code);
}
