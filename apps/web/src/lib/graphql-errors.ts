import { CombinedGraphQLErrors } from '@apollo/client';

/** The typed codes the API puts in `extensions.code` (libs/shared/contracts ErrorCode). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'RATE_LIMITED'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_USED'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface ApiFieldError {
  field: string;
  code: string;
  message: string;
}

function extensionsOf(error: unknown) {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors[0]?.extensions ?? {};
}

/** The first error's code; NETWORK when the request itself failed. */
export function apiErrorCode(error: unknown): ApiErrorCode {
  const extensions = extensionsOf(error);
  if (!extensions) return 'NETWORK';
  const code = extensions['code'];
  return typeof code === 'string' ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/**
 * Field errors by input field name (`input.email` → `email`), first code per field. The form
 * translates the codes; the API's English messages are never shown.
 */
export function apiFieldErrors(error: unknown): Record<string, string> {
  const fields = extensionsOf(error)?.['fields'];
  const out: Record<string, string> = {};
  if (!Array.isArray(fields)) return out;
  for (const entry of fields as ApiFieldError[]) {
    if (!entry || typeof entry.field !== 'string') continue;
    const name = entry.field.replace(/^input\./, '');
    out[name] ??= String(entry.code);
  }
  return out;
}
