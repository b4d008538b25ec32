import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SmtpMailer } from './mailer';

interface Received {
  to: string[];
  bytes: number;
}

/** A real SMTP server that records, per message, whether its DATA ended (the dot arrived). */
async function server(opts: { refuse?: boolean } = {}) {
  const accepted: Received[] = [];
  const started: Received[] = [];
  let open = 0;
  let maxOpen = 0;
  const s = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, cb) {
      open++;
      maxOpen = Math.max(maxOpen, open);
      cb();
    },
    onClose() {
      open--;
    },
    onData(stream, session, cb) {
      const r: Received = { to: session.envelope.rcptTo.map((a) => a.address), bytes: 0 };
      started.push(r);
      stream.on('data', (c: Buffer) => (r.bytes += c.length));
      stream.on('error', () => undefined);
      stream.on('end', () => {
        if (opts.refuse) {
          cb(Object.assign(new Error('Not now'), { responseCode: 451 }));
          return;
        }
        accepted.push(r);
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    started,
    maxOpen: () => maxOpen,
    close: () => new Promise<void>((resolve) => s.close(() => resolve())),
  };
}

const mail = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  to: `r${n}@example.org`,
  locale: 'nl',
  subject: `Bericht ${n}`,
  text: 'Tekst\n.\nmet een punt op een eigen regel',
  html: '<p>Tekst</p>',
  headers: { 'List-Unsubscribe': '<https://x.example/u?t=1>' },
});

describe('SmtpMailer: commit before the final dot', () => {
  it('writes the terminating dot only after beforeAccept resolved', async () => {
    const smtp = await server();
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org');
    try {
      let seenAtCommit: { started: number; bytes: number; accepted: number } | null = null;
      await mailer.send(mail(1), async () => {
        // Give the server every chance to see the body; it must not have the message yet.
        await new Promise((r) => setTimeout(r, 200));
        seenAtCommit = {
          started: smtp.started.length,
          bytes: smtp.started[0]?.bytes ?? 0,
          accepted: smtp.accepted.length,
        };
      });
      expect(seenAtCommit).toEqual({ started: 1, bytes: expect.any(Number), accepted: 0 });
      expect(seenAtCommit!.bytes).toBeGreaterThan(300);
      expect(smtp.accepted).toEqual([{ to: ['r1@example.org'], bytes: expect.any(Number) }]);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('abandons the message unterminated when beforeAccept fails; the pool recovers', async () => {
    const smtp = await server();
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org');
    try {
      await expect(
        mailer.send(mail(2), async () => {
          throw new Error('commit failed');
        }),
      ).rejects.toThrow('commit failed');
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.started).toHaveLength(1);
      expect(smtp.accepted).toHaveLength(0);
      await mailer.send(mail(3), async () => undefined);
      expect(smtp.accepted.map((a) => a.to)).toEqual([['r3@example.org']]);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('reports a refusal that comes after the commit', async () => {
    const smtp = await server({ refuse: true });
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org');
    try {
      let committed = false;
      await expect(
        mailer.send(mail(4), async () => {
          committed = true;
        }),
      ).rejects.toMatchObject({ responseCode: 451 });
      expect(committed).toBe(true);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('pools: many sends share at most maxConnections connections', async () => {
    const smtp = await server();
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org', 2);
    try {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) => mailer.send(mail(100 + i), async () => undefined)),
      );
      expect(smtp.accepted).toHaveLength(30);
      expect(new Set(smtp.accepted.flatMap((a) => a.to)).size).toBe(30);
      expect(smtp.maxOpen()).toBeLessThanOrEqual(2);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });
});
