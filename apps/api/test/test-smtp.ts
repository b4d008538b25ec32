import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  url: string;
  messages: ParsedMail[];
  /**
   * Refuse the next `n` messages with a temporary error (the sender must retry); with `to`, only
   * messages to that address (other mail, like a demo user's digest, does not use them up).
   */
  refuseNext(n: number, to?: string): void;
  /** Waits until `count` messages to `to` arrived (or the timeout passed) and returns them. */
  waitForMail(to: string, count?: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let refuse = 0;
  let refuseTo: string | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        if (refuse > 0 && (refuseTo === null || recipients.includes(refuseTo))) {
          refuse--;
          const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(err);
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((m) => {
            messages.push(m);
            callback();
          })
          .catch((e: Error) => callback(e));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const to = (m: ParsedMail) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
      a.value.map((v) => v.address?.toLowerCase()),
    );
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext(n, address) {
      refuse = n;
      refuseTo = address?.toLowerCase() ?? null;
    },
    async waitForMail(address, count = 1, timeoutMs = 20000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.filter((m) => to(m).includes(address.toLowerCase()));
        if (found.length >= count || Date.now() > until) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
