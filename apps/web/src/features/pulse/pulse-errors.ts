import type { TFunction } from 'i18next';
import { apiErrorCode, apiFieldErrors } from '../../lib/graphql-errors';

/** Field codes of the pulse API (and of the forms themselves) that have their own sentence. */
export const PULSE_FIELD_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'BELOW_FLOOR',
  'LONGER_THAN_RECURRENCE',
  'UNKNOWN_ORG_UNIT',
  'OUTSIDE_TRAJECTORY',
  'OPTION_COUNT',
  'OPTIONS_NOT_ALLOWED',
  'NO_QUESTIONS',
  'TOO_MANY_QUESTIONS',
  'CLOSES_TOO_EARLY',
  'INVALID_DATE',
  'INVALID_NUMBER',
  'OUT_OF_RANGE',
  'BEFORE_OPENING',
] as const;
export type PulseFieldCode = (typeof PULSE_FIELD_CODES)[number];

/** Refusals of a whole action (no field to point at) the pages explain. */
const PROBLEM_CODES = [
  'AUDIENCE_TOO_SMALL',
  'ROUND_IN_PROGRESS',
  'SURVEY_ARCHIVED',
  'ROUND_NOT_OPEN',
] as const;
type ProblemCode = (typeof PROBLEM_CODES)[number];

/** class-validator's codes under the names the forms use. */
const ALIASES: Record<string, PulseFieldCode> = {
  MIN_LENGTH: 'REQUIRED',
  NOT_BLANK: 'REQUIRED',
  IS_NOT_EMPTY: 'REQUIRED',
  MAX_LENGTH: 'TOO_LONG',
  MIN: 'OUT_OF_RANGE',
  MAX: 'OUT_OF_RANGE',
  IS_INT: 'INVALID_NUMBER',
};

/** A field error code as a sentence in the reader's language; undefined for none. */
export function pulseFieldError(
  t: TFunction<'pulse'>,
  code: string | undefined,
): string | undefined {
  if (!code) return undefined;
  code = ALIASES[code] ?? code;
  if ((PULSE_FIELD_CODES as readonly string[]).includes(code)) {
    return t(`fieldErrors.${code as PulseFieldCode}`);
  }
  return t('fieldErrors.INVALID');
}

/**
 * The API's field errors keyed by the form's field names: `input.customQuestions[2].options` →
 * `customQuestions.2.options`, `input.orgUnitIds[0]` → `orgUnitIds`.
 */
export function pulseApiFieldErrors(caught: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(apiFieldErrors(caught))) {
    const name = field
      .replace(/^orgUnitIds\[\d+\]$/, 'orgUnitIds')
      .replace(/\[(\d+)\]/g, '.$1')
      .replace(/\.(nl|en)$/, '.$1');
    out[name] ??= code;
  }
  return out;
}

/** A sentence for a refused pulse action. */
export function pulseProblem(t: TFunction<'pulse'>, caught: unknown): string {
  const known = Object.values(apiFieldErrors(caught)).find((code): code is ProblemCode =>
    (PROBLEM_CODES as readonly string[]).includes(code),
  );
  if (known) return t(`errors.${known}`);
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
