import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@inspraak/contracts';
import { AppError, FieldError } from '@inspraak/server-errors';

const logger = new Logger('GraphQL');

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(errors: ValidationErrorLike[], prefix = 'input'): FieldError[] {
  return errors.flatMap((e) => {
    const field = `${prefix}.${e.property}`;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({
      field,
      code: code.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
      message,
    }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** The database (or another dependency) is unreachable: a temporary condition, not a bug. */
export function isDependencyDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { code, message, driverError, thrownValue, cause } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      thrownValue?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || /^(08|57P0[1-3])/.test(code)))
      return true;
    if (
      typeof message === 'string' &&
      /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
        message,
      )
    ) {
      return true;
    }
    // TypeORM wraps driver errors; graphql-js wraps thrown non-Error values.
    e = driverError ?? thrownValue ?? cause;
  }
  return false;
}

const out = (
  code: ErrorCode,
  message: string,
  base: GraphQLFormattedError,
  fields?: FieldError[],
): GraphQLFormattedError => ({
  message,
  ...(base.locations ? { locations: base.locations } : {}),
  ...(base.path ? { path: base.path } : {}),
  extensions: { code, ...(fields?.length ? { fields } : {}) },
});

/**
 * Every error leaves the API with a typed `extensions.code`; unexpected errors are logged and
 * answered without details (no stack traces, no SQL).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof AppError)
    return out(original.code, original.message, formatted, original.fields);

  if (original instanceof HttpException) {
    const status = original.getStatus();
    const response = original.getResponse() as {
      message?: unknown;
      validationErrors?: ValidationErrorLike[];
    };
    if (status === 400) {
      const fields = response.validationErrors ? flattenValidation(response.validationErrors) : [];
      return out(ErrorCode.BadUserInput, 'The input is not valid', formatted, fields);
    }
    if (status === 401) return out(ErrorCode.Unauthenticated, 'Sign in first', formatted);
    if (status === 403) return out(ErrorCode.Forbidden, 'You may not do this', formatted);
    if (status === 404) return out(ErrorCode.NotFound, 'Not found', formatted);
    if (status === 429)
      return out(ErrorCode.RateLimited, 'Too many requests, try again later', formatted);
  }

  // Argument coercion at execution time (e.g. an explicit null for a non-null argument with a
  // default) surfaces as a graphql-js error wrapped in a located error: the client's input.
  if (original instanceof GraphQLError && /^(Argument|Variable) "/.test(original.message)) {
    return out(ErrorCode.BadUserInput, original.message, formatted);
  }

  const code = formatted.extensions?.['code'];
  // Parse, validation and variable-coercion errors come from graphql-js itself: safe to show.
  if (
    !original ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'BAD_USER_INPUT'
  ) {
    const tooComplex = /depth limit|Query Cost limit|Aliases limit/i.test(formatted.message);
    return out(
      tooComplex ? ErrorCode.QueryTooComplex : ErrorCode.BadUserInput,
      formatted.message,
      formatted,
    );
  }
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE') {
    return out(ErrorCode.BadUserInput, formatted.message, formatted);
  }

  if (isDependencyDown(original)) {
    logger.warn(`dependency unavailable at ${formatted.path?.join('.') ?? '?'}`);
    return out(
      ErrorCode.ServiceUnavailable,
      'The service is temporarily unavailable, try again shortly',
      formatted,
    );
  }

  logger.error(
    `unexpected error at ${formatted.path?.join('.') ?? '?'}: ${original instanceof Error ? original.stack : JSON.stringify(original)}`,
  );
  return out(ErrorCode.Internal, 'Something went wrong on our side. Try again later.', formatted);
}
