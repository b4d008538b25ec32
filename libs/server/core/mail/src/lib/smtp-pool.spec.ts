import { AddressInfo, Socket } from 'node:net';
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

const committed = () => null;
const isDot = (chunk: unknown) =>
  Buffer.isBuffer(chunk) && ['.\r\n', '\n.\r\n', '\r\n.\r\n'].includes(chunk.toString());

describe('SmtpMailer: commit before the final dot', () => {
  it('writes the terminating dot only after beforeAccept resolved', async () => {
    const smtp = await server();
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org');
    try {
      let seenAtCommit: { started: number; bytes: number; accepted: number } | null = null;
      await mailer.send(mail(1), async () => {
        // Give the server every chance to see the body; it must not have the message yet.
        await new Promise((r) => setTimeout(r, 200));
        return () => {
          seenAtCommit = {
            started: smtp.started.length,
            bytes: smtp.started[0]?.bytes ?? 0,
            accepted: smtp.accepted.length,
          };
          return null;
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

  it('writes the dot in the same synchronous block as the commit, right after it', async () => {
    const smtp = await server();
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org');
    const writes: string[] = [];
    const write = Socket.prototype.write;
    Socket.prototype.write = function (this: Socket, ...args: unknown[]) {
      writes.push(isDot(args[0]) ? 'dot' : 'other');
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    };
    try {
      const order: string[] = [];
      await mailer.send(mail(5), async () => () => {
        order.push(`commit after ${writes.filter((w) => w === 'dot').length} dots`);
        // Anything queued here runs only after the current synchronous block.
        queueMicrotask(() =>
          order.push(`microtask after ${writes.filter((w) => w === 'dot').length} dots`),
        );
        process.nextTick(() =>
          order.push(`tick after ${writes.filter((w) => w === 'dot').length} dots`),
        );
        return null;
      });
      // Whatever runs next (a tick or a microtask) finds the dot written already.
      expect(order.sort()).toEqual([
        'commit after 0 dots',
        'microtask after 1 dots',
        'tick after 1 dots',
      ]);
      expect(smtp.accepted).toHaveLength(1);
    } finally {
      Socket.prototype.write = write;
      await mailer.close();
      await smtp.close();
    }
  });

  it('holds the dot while the commit is not yet in the kernel', async () => {
    const smtp = await server();
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org');
    try {
      let acceptedWhilePending = -1;
      await mailer.send(
        mail(6),
        async () => () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              acceptedWhilePending = smtp.accepted.length;
              resolve();
            }, 200),
          ),
      );
      expect(acceptedWhilePending).toBe(0);
      expect(smtp.accepted).toHaveLength(1);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('abandons the message unterminated when the commit itself throws', async () => {
    const smtp = await server();
    const mailer = new SmtpMailer(smtp.url, 'Inspraak <no-reply@example.org>', 'example.org');
    try {
      await expect(
        mailer.send(mail(7), async () => () => {
          throw new Error('not ready');
        }),
      ).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.started).toHaveLength(1);
      expect(smtp.accepted).toHaveLength(0);
      await mailer.send(mail(8), async () => committed);
      expect(smtp.accepted.map((a) => a.to)).toEqual([['r8@example.org']]);
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
      await mailer.send(mail(3), async () => committed);
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
      let committed = false as boolean;
      await expect(
        mailer.send(mail(4), async () => () => {
          committed = true;
          return null;
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
        Array.from({ length: 30 }, (_, i) => mailer.send(mail(100 + i), async () => committed)),
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
