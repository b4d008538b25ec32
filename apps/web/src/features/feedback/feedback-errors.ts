import type { TFunction } from 'i18next';
import { apiErrorCode, apiFieldErrors } from '../../lib/graphql-errors';

/** Field names of the feedback inputs that the forms show next to their control. */
export type FeedbackField = 'text' | 'status' | 'title' | 'intoId' | 'inputIds';

/** The API's field errors for the feedback forms (`input.text` → `text`). */
export function feedbackFieldErrors(caught: unknown): Partial<Record<FeedbackField, string>> {
  return apiFieldErrors(caught);
}

/** Refusals of the feedback API (libs/server/feedback) that the pages explain in words. */
const KNOWN_CODES = [
  'INVALID_TRANSITION',
  'INPUT_MERGED',
  'INPUT_WITHDRAWN',
  'TARGET_NOT_OPEN',
  'SAME_INPUT',
  'OTHER_KIND_OR_TRAJECTORY',
  'OTHER_TRAJECTORY',
  'NOT_A_RESPONSE',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

/** A sentence for a refused feedback action, by the API's field code or error code. */
export function feedbackProblem(t: TFunction, caught: unknown): string {
  const known = Object.values(apiFieldErrors(caught)).find((code): code is KnownCode =>
    (KNOWN_CODES as readonly string[]).includes(code),
  );
  if (known) return t(`feedback.errors.codes.${known}`);
  switch (apiErrorCode(caught)) {
    case 'NETWORK':
      return t('feedback.errors.network');
    case 'FORBIDDEN':
      return t('feedback.errors.forbidden');
    case 'NOT_FOUND':
      return t('feedback.errors.notFound');
    case 'CONFLICT':
      return t('feedback.errors.conflict');
    case 'PRECONDITION_FAILED':
      return t('feedback.errors.precondition');
    case 'BAD_USER_INPUT':
      return t('feedback.errors.badInput');
    default:
      return t('common.saveFailed');
  }
}
