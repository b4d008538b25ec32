import type { TFunction } from 'i18next';
import { apiErrorCode } from '../../lib/graphql-errors';

/** A sentence for a failed challenge action, by the API's error code. */
export function challengeProblem(t: TFunction, error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'NETWORK':
      return t('challenges.errors.network');
    case 'NOT_FOUND':
      return t('challenges.errors.notFound');
    case 'FORBIDDEN':
      return t('challenges.errors.forbidden');
    case 'CONFLICT':
      return t('challenges.errors.conflict');
    case 'RATE_LIMITED':
      return t('challenges.errors.rateLimited');
    case 'BAD_USER_INPUT':
      return t('challenges.errors.badInput');
    default:
      return t('challenges.errors.generic');
  }
}
