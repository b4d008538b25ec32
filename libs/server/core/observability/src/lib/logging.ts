import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@inspraak/server-config';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Paths removed from every log line. Request bodies are never logged (GraphQL variables may hold
 * passwords or survey answers); these cover what pino-http and our own log calls could carry.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.answers',
  '*.variables',
  'password',
  'token',
  'answers',
  'variables',
];

/**
 * Query strings and some paths carry one-time secrets (OAuth codes and state, invitation and
 * reset tokens): logs keep the path without them.
 */
export function safeUrl(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  // Invitation and password-reset links carry their token in the path.
  const masked = path.replace(/^\/(uitnodiging|wachtwoord-herstellen)\/[^/]+/, '/$1/[redacted]');
  return q === -1 ? masked : `${masked}?[redacted]`;
}

export function loggerParams(config: AppConfig, name: string): Params {
  return {
    pinoHttp: {
      name,
      level: config.logLevel,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      genReqId: (req: IncomingMessage) => {
        const incoming = req.headers['x-request-id'];
        return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming)
          ? incoming
          : randomUUID();
      },
      // Health probes every few seconds would drown the log.
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: safeUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // pino-pretty is a development dependency: never loaded in production.
      ...(config.logPretty && !config.isProduction ? { transport: { target: 'pino-pretty' } } : {}),
    },
  };
}
