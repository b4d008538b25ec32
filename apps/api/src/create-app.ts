import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ErrorCode } from '@inspraak/contracts';
import { AppConfig } from '@inspraak/server-config';
import { AppModule } from './app.module';
import { serveWebApp } from './web-static';

/** Builds the API application (not yet listening); main.ts and the end-to-end tests use it. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      hsts: config.isProduction,
    }),
  );
  app.use(cookieParser());
  app.use('/graphql', graphqlTimeout(config.graphqlTimeoutMs));
  // CSV imports arrive as a GraphQL variable (base64 adds a third), so /graphql takes files up to
  // IMPORT_MAX_MB; every other route keeps 1 MB. Larger requests get a clear typed error.
  app.use('/graphql', json({ limit: `${Math.ceil(config.importMaxMb * 1.4) + 1}mb` }));
  app.useBodyParser('json', { limit: '1mb' });
  app.use(requestTooLarge(config.importMaxMb));
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (validationErrors) => new BadRequestException({ validationErrors }),
    }),
  );
  serveWebApp(app.getHttpAdapter().getInstance(), config.webDistDir);
  return app;
}

/** A request over the body limit: a GraphQL-shaped error saying what the limit is. */
function requestTooLarge(importMaxMb: number) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((err as { type?: string } | null)?.type !== 'entity.too.large') return next(err);
    res.status(413).json({
      errors: [
        {
          message: `The request is too large: files of at most ${importMaxMb} MB can be imported at once. Split the file into smaller files.`,
          extensions: { code: ErrorCode.BadUserInput, reason: 'TOO_LARGE' },
        },
      ],
    });
  };
}

/** Answers a typed timeout error instead of leaving a client hanging on a slow operation. */
function graphqlTimeout(ms: number) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        res.status(503).json({
          errors: [
            {
              message: 'The request took too long',
              extensions: { code: ErrorCode.ServiceUnavailable },
            },
          ],
        });
      }
    }, ms);
    res.once('finish', () => clearTimeout(timer));
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
