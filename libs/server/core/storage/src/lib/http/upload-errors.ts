import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  ForbiddenException,
  HttpException,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '@inspraak/contracts';
import { AppError } from '@inspraak/server-errors';

/**
 * A refused upload or download, answered like a GraphQL error so the web app reads both the same
 * way: `{ errors: [{ message, extensions: { code, reason? } }] }`.
 */
export class UploadError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ErrorCode,
    message: string,
    public readonly reason?: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export const notFound = () => new UploadError(404, ErrorCode.NotFound, 'Not found');

const APP_ERROR_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
};

/** Typed JSON for every failure of the upload routes; unexpected errors are logged, not shown. */
@Catch()
export class UploadErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Uploads');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const e = toUploadError(exception);
    if (e.status >= 500) this.logger.error(exception);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(e.status);
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      errors: [
        {
          message: e.message,
          extensions: { code: e.code, ...(e.reason ? { reason: e.reason } : {}) },
        },
      ],
    });
  }
}

function toUploadError(exception: unknown): UploadError {
  if (exception instanceof UploadError) return exception;
  if (exception instanceof AppError) {
    return new UploadError(
      APP_ERROR_STATUS[exception.code] ?? 400,
      exception.code,
      exception.message,
    );
  }
  if (exception instanceof UnauthorizedException) {
    return new UploadError(401, ErrorCode.Unauthenticated, 'Sign in first');
  }
  if (exception instanceof ForbiddenException) {
    return new UploadError(403, ErrorCode.Forbidden, 'You may not do this');
  }
  if (exception instanceof HttpException && exception.getStatus() === 404) return notFound();
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return new UploadError(exception.getStatus(), ErrorCode.BadUserInput, 'Bad request');
  }
  return new UploadError(500, ErrorCode.Internal, 'Something went wrong');
}
