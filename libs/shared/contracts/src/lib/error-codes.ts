/** Typed error codes every GraphQL error carries in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  /** The object's state does not allow this yet (e.g. a phase change whose preconditions fail). */
  PreconditionFailed = 'PRECONDITION_FAILED',
  RateLimited = 'RATE_LIMITED',
  /** A one-time link (invitation, password reset) that is unknown or was tampered with. */
  TokenInvalid = 'TOKEN_INVALID',
  /** A one-time link past its validity. */
  TokenExpired = 'TOKEN_EXPIRED',
  /** A one-time link that was already used. */
  TokenUsed = 'TOKEN_USED',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}
