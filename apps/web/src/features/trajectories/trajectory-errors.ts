import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../lib/graphql-errors';

/** Field error codes of the trajectory forms themselves (checked before sending). */
const FORM_CODES = ['INVALID_DATE', 'INVALID_NUMBER', 'OUT_OF_RANGE', 'PERSON_REQUIRED'] as const;
export type TrajectoryFormCode = (typeof FORM_CODES)[number];

/** Reasons the API gives for refusing a change that the page can explain. */
const PROBLEM_CODES = [
  'RULE_HAS_DECISIONS',
  'CRITERION_LOCKED',
  'PILOT_STARTED',
  'RESULTS_NOT_OPEN',
  'UNKNOWN_USER',
  'OWNER_ROLE',
  'NOT_INVITED',
  'UNKNOWN_STAKEHOLDER',
] as const;
type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A field error code (the form's own or the API's) as a sentence in the current language. */
export function trajectoryFieldError(t: TFunction, code: string | undefined): string | undefined {
  if (!code) return undefined;
  if ((FORM_CODES as readonly string[]).includes(code)) {
    return t(`trajectories.fieldErrors.${code as TrajectoryFormCode}`);
  }
  return fieldErrorText(t, code);
}

/** What to tell the user when a change was refused as a whole (no field to point at). */
export function trajectoryProblem(t: TFunction, caught: unknown): string {
  const known = Object.values(apiFieldErrors(caught)).find((code) =>
    (PROBLEM_CODES as readonly string[]).includes(code),
  );
  if (known) return t(`trajectories.errors.${known as ProblemCode}`);
  return apiErrorCode(caught) === 'FORBIDDEN'
    ? t('trajectories.workspace.forbidden')
    : t('common.saveFailed');
}
