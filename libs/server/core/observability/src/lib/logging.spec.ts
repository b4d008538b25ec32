import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACT_PATHS, safeUrl } from './logging';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream), lines };
}

describe('log redaction', () => {
  it('removes credentials, cookies, GraphQL variables and answers', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        req: { headers: { cookie: 'sid=abc', authorization: 'Bearer tok' } },
        input: { password: 'hunter2', token: 'reset-123' },
        variables: { answers: [5, 4] },
        answers: { q1: 'my honest opinion' },
      },
      'request',
    );
    const out = lines.join('');
    for (const secret of ['sid=abc', 'Bearer tok', 'hunter2', 'reset-123', 'my honest opinion']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
  });
});

describe('safeUrl', () => {
  it('drops query strings, which may hold one-time codes', () => {
    expect(safeUrl('/api/auth/oidc/callback?code=abc&state=def')).toBe(
      '/api/auth/oidc/callback?[redacted]',
    );
    expect(safeUrl('/graphql')).toBe('/graphql');
    expect(safeUrl('/uitnodiging/s3cr3t-token')).toBe('/uitnodiging/[redacted]');
    expect(safeUrl('/wachtwoord-herstellen/s3cr3t?x=1')).toBe(
      '/wachtwoord-herstellen/[redacted]?[redacted]',
    );
  });
});
