import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from '@inspraak/contracts';

export interface FieldError {
  /** Input path, e.g. `input.title`. */
  field: string;
  /** Stable machine code, e.g. `TOO_LONG`, for the client to translate. */
  code: string;
  message: string;
}

/**
 * An error the client is meant to see: a typed code, a plain message and optional field errors.
 * Anything else thrown in a request is logged and answered as INTERNAL_SERVER_ERROR without details.
 * Extends Nest's IntrinsicException so Nest does not log these expected errors with a stack trace.
 */
export class AppError extends IntrinsicException {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  /** Used for rows that do not exist and rows the caller may not see alike. */
  constructor(what = 'Object') {
    super(ErrorCode.NotFound, `${what} not found`);
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldError[], message = 'The input is not valid') {
    super(ErrorCode.BadUserInput, message, fields);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.Conflict, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this') {
    super(ErrorCode.Forbidden, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'The service is temporarily unavailable, try again shortly') {
    super(ErrorCode.ServiceUnavailable, message);
  }
}
