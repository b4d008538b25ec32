import { INPUT_LIMITS } from '@inspraak/contracts';
import type { TFunction } from 'i18next';
import type { FeedbackStatus } from '../../../../gql/graphql';
import { apiErrorCode, apiFieldErrors } from '../../../../lib/graphql-errors';

/** The API's limits for an action. */
export const ACTION_LIMITS = {
  titleMin: INPUT_LIMITS.pulseActionTitleMin,
  title: INPUT_LIMITS.pulseActionTitle,
  description: INPUT_LIMITS.pulseActionDescription,
} as const;

/** The statuses an action may be published with (the API refuses others: NOT_A_START_STATUS). */
export const ACTION_START_STATUSES: readonly FeedbackStatus[] = [
  'UNDER_CONSIDERATION',
  'PLANNED',
  'IN_PROGRESS',
  'DONE',
];

/** The form's fields in the order they appear (and the error summary lists them). */
export const ACTION_FIELDS = [
  'title',
  'description',
  'dimension',
  'questionKey',
  'status',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];
export type ActionErrors = Partial<Record<ActionField, string>>;

export interface ActionFormValues {
  title: string;
  description: string;
  /** '' for none. */
  dimension: string;
  /** '' for none. */
  questionKey: string;
  status: FeedbackStatus;
}

/** What the form checks before sending (the API checks the same and more). */
export function validateAction(values: ActionFormValues): ActionErrors {
  const errors: ActionErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'REQUIRED';
  else if (title.length < ACTION_LIMITS.titleMin) errors.title = 'TOO_SHORT';
  else if (title.length > ACTION_LIMITS.title) errors.title = 'TOO_LONG';
  const description = values.description.trim();
  if (!description) errors.description = 'REQUIRED';
  else if (description.length > ACTION_LIMITS.description) errors.description = 'TOO_LONG';
  return errors;
}

/** class-validator's codes under the names the form uses. */
const ALIASES: Record<string, string> = {
  MIN_LENGTH: 'TOO_SHORT',
  MAX_LENGTH: 'TOO_LONG',
  NOT_BLANK: 'REQUIRED',
  IS_NOT_EMPTY: 'REQUIRED',
};

const FIELD_CODES = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'UNKNOWN_DIMENSION',
  'UNKNOWN_QUESTION',
  'NOT_IN_DIMENSION',
  'NOT_A_START_STATUS',
] as const;
type FieldCode = (typeof FIELD_CODES)[number];

/** A field error code as a sentence; undefined for none. */
export function actionFieldError(
  t: TFunction<'pulse'>,
  code: string | undefined,
): string | undefined {
  if (!code) return undefined;
  const known = ALIASES[code] ?? code;
  return (FIELD_CODES as readonly string[]).includes(known)
    ? t(`actions.fieldErrors.${known as FieldCode}`)
    : t('actions.fieldErrors.INVALID');
}

/** The API's field errors that belong to one of the form's fields (`input.title` → `title`). */
export function actionApiFieldErrors(caught: unknown): ActionErrors {
  if (apiErrorCode(caught) !== 'BAD_USER_INPUT') return {};
  const out: ActionErrors = {};
  for (const [field, code] of Object.entries(apiFieldErrors(caught))) {
    if ((ACTION_FIELDS as readonly string[]).includes(field)) out[field as ActionField] ??= code;
  }
  return out;
}

const PROBLEM_CODES = [
  'ROUND_NOT_CLOSED',
  'ORGANISATION_WIDE',
  'INPUT_MERGED',
  'KEY_REUSED',
] as const;
type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A sentence for a refusal that has no field to point at. */
export function actionProblem(t: TFunction<'pulse'>, caught: unknown): string {
  const known = Object.values(apiFieldErrors(caught)).find((code): code is ProblemCode =>
    (PROBLEM_CODES as readonly string[]).includes(code),
  );
  if (known) return t(`actions.errors.${known}`);
  switch (apiErrorCode(caught)) {
    case 'NETWORK':
      return t('errors.network');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'BAD_USER_INPUT':
      return t('errors.badInput');
    case 'PRECONDITION_FAILED':
      return t('errors.precondition');
    default:
      return t('errors.saveFailed');
  }
}
