import { INestApplicationContext } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { connect, Socket } from 'node:net';
import { resolve } from 'node:path';
import { loadConfig } from '@inspraak/server-config';
import { createTestDatabase, TestDatabase } from '@inspraak/server-database/testing';
import {
  composeMail,
  MailDelivery,
  MailJobsModule,
  MailNotAcceptedError,
  MailOutbox,
  MailOutcomeUnknownError,
  mailSenderToken,
  RunningMailSender,
  startMailSender,
} from '@inspraak/server-mail';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { startJobsContext } from './test-mail-api';
import { startTestSmtp, TestSmtp } from './test-smtp';

const SECRET = randomBytes(24).toString('hex');
const root = resolve(__dirname, '../../..');

const mail = (to: string) => ({
  ...composeMail({
    locale: 'nl',
    subject: 'Hallo',
    greeting: 'Beste Sam,',
    paragraphs: ['Tekst'],
    signature: 'Inspraak',
  }),
  to,
  locale: 'nl',
  template: 'test.mail',
});

/** A worker's raw connection to the sender, for frames the client would never send. */
async function rawConnection(port: number): Promise<{
  socket: Socket;
  frames: Record<string, unknown>[];
  closed: Promise<void>;
  send(frame: unknown): void;
}> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((r) => socket.once('connect', r));
  const frames: Record<string, unknown>[] = [];
  let buffer = '';
  socket.on('data', (c: Buffer) => {
    buffer += c.toString();
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      frames.push(JSON.parse(buffer.slice(0, i)) as Record<string, unknown>);
      buffer = buffer.slice(i + 1);
    }
  });
  socket.on('error', () => undefined);
  const closed = new Promise<void>((r) => socket.once('close', () => r()));
  return { socket, frames, closed, send: (f) => socket.write(`${JSON.stringify(f)}\n`) };
}

async function until(check: () => boolean | Promise<boolean>, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('mail sender process: the worker hands over, the sender sends and records', () => {
  let db: TestDatabase;
  let smtp: TestSmtp;
  let sender: RunningMailSender;
  let worker: INestApplicationContext;
  let token: string;

  /** The settings every process here shares (the test database, the SMTP server, the secret). */
  const settings = () => ({
    ...db.env,
    SMTP_URL: smtp.url,
    APP_SECRET: SECRET,
    PUBLIC_URL: 'https://inspraak.example.nl',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RUN_MIGRATIONS: 'false',
    SEED_DEMO: 'false',
  });
  /** A mail sender on a free port. */
  const newSender = () =>
    startMailSender(loadConfig({ ...settings(), MAIL_SENDER_PORT: '0' }), () => undefined);
  /** What a worker runs for mail, handing it to the sender on `port`. */
  const newWorker = async (port: number) => {
    const config = loadConfig({
      ...settings(),
      MAIL_SENDER_URL: `tcp://127.0.0.1:${port}`,
      QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    });
    return startJobsContext(config, [MailJobsModule], false);
  };

  beforeAll(async () => {
    db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
    smtp = await startTestSmtp();
    sender = await newSender();
    worker = await newWorker(sender.port);
    token = mailSenderToken(SECRET);
  }, 120000);

  afterAll(async () => {
    await worker?.close();
    await sender?.close();
    await smtp?.close();
    await db?.close();
  });

  const row = (id: string) =>
    db.dataSource
      .query<
        { status: string; attempts: number; text: string | null; leased_until: Date | null }[]
      >('SELECT status, attempts, text, leased_until FROM mail_outbox WHERE id = $1', [id])
      .then((r) => r[0]);

  /** Claims a row the way MailDelivery does (attempts + 1, a lease), for raw frames. */
  const claim = async (id: string) => {
    await db.dataSource.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, leased_until = now() + interval '30 seconds'
        WHERE id = $1`,
      [id],
    );
    return (await row(id)).attempts;
  };

  it('delivers a mail handed over by a worker and records it as sent', async () => {
    const to = `${randomUUID()}@example.org`;
    const id = await worker.get(MailOutbox).store(mail(to));
    expect(await worker.get(MailDelivery).deliver(id)).toBe('sent');
    const [received] = await smtp.waitForMail(to);
    expect(received.messageId).toBe(`<${id}@inspraak.example.nl>`);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, text: null });
    expect(await worker.get(MailDelivery).deliver(id)).toBe('already-sent');
    expect(await smtp.waitForMail(to, 2, 300)).toHaveLength(1);
  });

  it('puts a mail the SMTP server refused back to pending, bodies kept, and sends it once later', async () => {
    const to = `${randomUUID()}@example.org`;
    const id = await worker.get(MailOutbox).store(mail(to));
    smtp.refuseNext(1, to);
    await expect(worker.get(MailDelivery).deliver(id)).rejects.toThrow(MailNotAcceptedError);
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1, leased_until: null });
    expect((await row(id)).text).toContain('Tekst');
    expect(await worker.get(MailDelivery).deliver(id)).toBe('sent');
    expect(await smtp.waitForMail(to, 2, 500)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('finishes a send whose worker went away right after handing it over', async () => {
    const to = `${randomUUID()}@example.org`;
    const id = await worker.get(MailOutbox).store(mail(to));
    const lease = await claim(id);
    const c = await rawConnection(sender.port);
    c.send({ t: 'hello', v: 1, token });
    // The whole frame, then the worker is gone before any answer.
    c.send({
      t: 'send',
      id: 1,
      receipt: { outboxId: id, lease, budgetMs: 15000, finalAttempt: false, storedBodies: true },
      envelope: { from: 'no-reply@inspraak.local', to: [to] },
      raw: Buffer.from(
        `To: ${to}\r\nSubject: Weg\r\nMessage-ID: <${id}@x>\r\n\r\nTekst\r\n`,
      ).toString('base64'),
    });
    c.socket.destroy();
    expect(await smtp.waitForMail(to)).toHaveLength(1);
    await until(async () => (await row(id)).status === 'sent');
    expect(await smtp.waitForMail(to, 2, 500)).toHaveLength(1);
  });

  it('discards a frame cut off by a dying worker: nothing is sent', async () => {
    const to = `${randomUUID()}@example.org`;
    const id = await worker.get(MailOutbox).store(mail(to));
    const lease = await claim(id);
    const c = await rawConnection(sender.port);
    c.send({ t: 'hello', v: 1, token });
    const frame = JSON.stringify({
      t: 'send',
      id: 1,
      receipt: { outboxId: id, lease, budgetMs: 15000, finalAttempt: false, storedBodies: true },
      envelope: { from: 'no-reply@inspraak.local', to: [to] },
      raw: Buffer.from(`To: ${to}\r\nSubject: Halb\r\n\r\nTekst\r\n`).toString('base64'),
    });
    c.socket.end(frame.slice(0, frame.length - 5));
    await c.closed;
    expect(await smtp.waitForMail(to, 1, 1000)).toHaveLength(0);
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: lease });
  });

  it('answers bad frames with a typed error and refuses a wrong token', async () => {
    const wrong = await rawConnection(sender.port);
    wrong.send({ t: 'hello', v: 1, token: 'not-the-token' });
    await wrong.closed;
    expect(wrong.frames).toEqual([expect.objectContaining({ t: 'error', code: 'UNAUTHORISED' })]);

    const before = await rawConnection(sender.port);
    before.send({ t: 'ping', id: 1 });
    await before.closed;
    expect(before.frames).toEqual([expect.objectContaining({ t: 'error', code: 'BAD_FRAME' })]);

    const bad = await rawConnection(sender.port);
    bad.send({ t: 'hello', v: 1, token });
    bad.send({ t: 'ping', id: 7 });
    await until(() => bad.frames.length === 2);
    expect(bad.frames).toEqual([
      { t: 'hello', ok: true },
      { t: 'pong', id: 7, ready: true },
    ]);
    // A bad frame, then a valid one in the same write: refused, and nothing after it is taken.
    const to = `${randomUUID()}@example.org`;
    const id = await worker.get(MailOutbox).store(mail(to));
    const lease = await claim(id);
    const valid = JSON.stringify({
      t: 'send',
      id: 3,
      receipt: { outboxId: id, lease, budgetMs: 15000, finalAttempt: false, storedBodies: true },
      envelope: { from: 'no-reply@inspraak.local', to: [to] },
      raw: Buffer.from(`To: ${to}\r\nSubject: Na\r\n\r\nTekst\r\n`).toString('base64'),
    });
    bad.socket.write(`{"t":"send","id":2,"receipt":{}}\n${valid}\n`);
    await bad.closed;
    expect(bad.frames.slice(2)).toEqual([
      expect.objectContaining({ t: 'error', code: 'BAD_FRAME' }),
    ]);
    expect(await smtp.waitForMail(to, 1, 1000)).toHaveLength(0);

    const garbage = await rawConnection(sender.port);
    garbage.socket.write('\u0000\u0001 no json\n');
    await garbage.closed;
    expect(garbage.frames).toEqual([expect.objectContaining({ t: 'error', code: 'BAD_FRAME' })]);
  });

  it('passes the container health check with the right APP_SECRET only', async () => {
    const check = (secret: string) =>
      new Promise<number | null>((done) => {
        const child = spawn(
          process.execPath,
          [resolve(root, 'docker/healthcheck.cjs'), 'MAIL_SENDER_PORT'],
          {
            env: { ...process.env, MAIL_SENDER_PORT: String(sender.port), APP_SECRET: secret },
            stdio: 'ignore',
          },
        );
        child.once('exit', (code) => done(code));
      });
    expect(await check(SECRET)).toBe(0);
    expect(await check('another-secret-of-enough-length-000000')).toBe(1);
  });

  it('leaves the row to its lease when the sender cannot be reached (outcome unknown)', async () => {
    const unreachable = await newSender();
    await unreachable.close();
    const cut = await newWorker(unreachable.port);
    try {
      const to = `${randomUUID()}@example.org`;
      const id = await cut.get(MailOutbox).store(mail(to));
      await expect(cut.get(MailDelivery).deliver(id)).rejects.toThrow(MailOutcomeUnknownError);
      // Not put back: the sender might still be sending it; the lease decides.
      const r = await row(id);
      expect(r.status).toBe('pending');
      expect(r.leased_until).not.toBeNull();
    } finally {
      await cut.close();
    }
  });

  it('finishes the sends handed over before it stops (SIGTERM)', async () => {
    const second = await newSender();
    const to = `${randomUUID()}@example.org`;
    const ids = await Promise.all(
      Array.from({ length: 20 }, () => worker.get(MailOutbox).store(mail(to))),
    );
    const c = await rawConnection(second.port);
    c.send({ t: 'hello', v: 1, token });
    for (const [i, id] of ids.entries()) {
      const lease = await claim(id);
      c.send({
        t: 'send',
        id: i + 1,
        receipt: { outboxId: id, lease, budgetMs: 15000, finalAttempt: false, storedBodies: true },
        envelope: { from: 'no-reply@inspraak.local', to: [to] },
        raw: Buffer.from(`To: ${to}\r\nSubject: ${i}\r\n\r\nTekst\r\n`).toString('base64'),
      });
    }
    // Stop once the first send is through: the frames handed over by then are finished, the
    // ones that arrive later are refused as SHUTTING_DOWN (nothing sent, the row untouched).
    await until(() => c.frames.some((f) => f['t'] === 'result'));
    await second.close();
    const results = c.frames.filter((f) => f['t'] === 'result');
    expect(results).toHaveLength(20);
    const ok = results.filter((f) => f['ok'] === true).map((f) => ids[(f['id'] as number) - 1]);
    const refused = results.filter((f) => f['ok'] !== true);
    expect(refused.every((f) => f['code'] === 'SHUTTING_DOWN')).toBe(true);
    expect(ok.length).toBeGreaterThan(0);
    expect(await smtp.waitForMail(to, ok.length + 1, 500)).toHaveLength(ok.length);
    const rows = await db.dataSource.query<{ id: string; status: string }[]>(
      'SELECT id, status FROM mail_outbox WHERE id = ANY($1)',
      [ids],
    );
    for (const r of rows)
      expect([r.id, r.status]).toEqual([r.id, ok.includes(r.id) ? 'sent' : 'pending']);
  });
});
