/**
 * Test and benchmark helper: a real SMTP server (smtp-server, a development dependency) on a free
 * local port that counts every message it accepted — DATA completed with its final dot — per
 * envelope recipient, without parsing and without de-duplicating by Message-ID. A sender killed
 * in the middle of DATA leaves a destroyed stream: not counted.
 */
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CountingSmtp {
  url: string;
  /** Accepted messages per (lower-cased) envelope recipient. */
  perRecipient: Map<string, number>;
  accepted(): number;
  close(): Promise<void>;
}

export async function startCountingSmtp(): Promise<CountingSmtp> {
  const perRecipient = new Map<string, number>();
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('error', () => undefined);
      stream.on('end', () => {
        accepted++;
        for (const r of session.envelope.rcptTo) {
          const a = r.address.toLowerCase();
          perRecipient.set(a, (perRecipient.get(a) ?? 0) + 1);
        }
        callback();
      });
    },
  });
  // A killed sender resets its connections: expected, not a failure.
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    perRecipient,
    accepted: () => accepted,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
