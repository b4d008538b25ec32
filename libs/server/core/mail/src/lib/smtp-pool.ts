import { Readable } from 'node:stream';
import SMTPConnection, { SMTPConnectionOptions } from 'nodemailer/lib/smtp-connection';
import { BeforeAccept } from './mailer';

/** How long an unused connection stays open. */
const IDLE_CLOSE_MS = 30_000;

type PoolOptions = SMTPConnectionOptions & { auth?: { user?: string; pass?: string } };

interface Envelope {
  from: string | false;
  to: string[];
}

interface Slot {
  connection: SMTPConnection;
  dead: boolean;
  /** Sent a message before (a reused connection may have been closed by the server). */
  used: boolean;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * The message body as a stream whose end is held back: the body is handed over first; only
 * when the consumer (SMTPConnection's DATA stream, which writes the terminating `<CRLF>.<CRLF>`
 * when this stream ends) asks for more does `beforeAccept` run, and the stream ends after it
 * resolved. If it fails, the stream is destroyed and the message is never terminated.
 */
class HeldEndMessage extends Readable {
  private stage: 'body' | 'held' | 'done' = 'body';

  constructor(
    private readonly body: Buffer,
    private readonly beforeAccept: BeforeAccept,
  ) {
    // A tiny buffer: the next read is asked for only after the body was taken by the consumer.
    super({ highWaterMark: 1 });
  }

  override _read(): void {
    if (this.stage === 'body') {
      this.stage = 'held';
      this.push(this.body);
      return;
    }
    if (this.stage === 'held') {
      this.stage = 'done';
      this.beforeAccept().then(
        () => this.push(null),
        (e: unknown) => this.destroy(e instanceof Error ? e : new Error(String(e))),
      );
    }
  }
}

interface SocketLike {
  writableLength: number;
  destroyed: boolean;
}

/** Waits until the socket's user-space buffer is empty (every byte handed to the kernel). */
async function drained(socket: SocketLike | undefined): Promise<void> {
  const until = Date.now() + 60_000;
  while (socket && socket.writableLength > 0) {
    if (socket.destroyed || Date.now() > until) throw new Error('SMTP connection stalled');
    await new Promise((r) => setTimeout(r, 1));
  }
}

/**
 * A small pool of SMTP connections, each sending one message at a time. A connection that had
 * any error is closed and replaced (a message abandoned mid-DATA leaves it unusable anyway).
 */
export class SmtpPool {
  private readonly idle: Slot[] = [];
  private open = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly options: PoolOptions,
    private readonly maxConnections: number,
  ) {}

  /** Sends `raw` (a complete RFC 5322 message) once; see HeldEndMessage for `beforeAccept`. */
  async send(envelope: Envelope, raw: Buffer, beforeAccept: BeforeAccept): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const slot = await this.acquire();
      const reused = slot.used;
      const socket = (slot.connection as unknown as { _socket?: SocketLike })._socket;
      const message = new HeldEndMessage(raw, async () => {
        // Everything but the dot in the kernel first: what remains after beforeAccept is the
        // five bytes of `<CRLF>.<CRLF>`, written within the same turn of the event loop.
        await drained(socket);
        await beforeAccept();
      });
      try {
        await new Promise<void>((resolve, reject) => {
          slot.connection.send(envelope, message, (err) => (err ? reject(err) : resolve()));
        });
        slot.used = true;
        this.release(slot, true);
        return;
      } catch (e) {
        this.release(slot, false);
        // A reused connection the server had closed while idle: nothing of the message went
        // out, so it may go over a fresh connection (once).
        if (reused && attempt === 1 && !message.readableDidRead && !this.closed) continue;
        throw e;
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const slot of this.idle.splice(0)) this.discard(slot);
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new Error('SMTP pool is closed');
      const slot = this.idle.pop();
      if (slot) {
        if (slot.idleTimer) clearTimeout(slot.idleTimer);
        slot.idleTimer = null;
        if (!slot.dead) return slot;
        continue;
      }
      if (this.open < this.maxConnections) {
        this.open++;
        try {
          return await this.connect();
        } catch (e) {
          this.open--;
          this.waiting.shift()?.();
          throw e;
        }
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(slot: Slot, healthy: boolean): void {
    if (!healthy || slot.dead || this.closed) {
      this.discard(slot);
    } else {
      slot.idleTimer = setTimeout(() => {
        const i = this.idle.indexOf(slot);
        if (i >= 0) this.idle.splice(i, 1);
        this.discard(slot);
      }, IDLE_CLOSE_MS);
      slot.idleTimer.unref();
      this.idle.push(slot);
    }
    this.waiting.shift()?.();
  }

  private discard(slot: Slot): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    if (!slot.dead) {
      slot.dead = true;
      this.open--;
    }
    // Closing mid-DATA sends no terminating dot: the server discards the partial message.
    slot.connection.close();
  }

  private connect(): Promise<Slot> {
    const { auth, ...options } = this.options;
    const connection = new SMTPConnection(options);
    const slot: Slot = { connection, dead: false, used: false, idleTimer: null };
    const markDead = () => {
      if (slot.dead) return;
      slot.dead = true;
      this.open--;
      const i = this.idle.indexOf(slot);
      if (i >= 0) this.idle.splice(i, 1);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      this.waiting.shift()?.();
    };
    return new Promise<Slot>((resolve, reject) => {
      let settled = false;
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        // acquire() gives the slot back; do not count it twice.
        slot.dead = true;
        connection.close();
        reject(e);
      };
      // Errors during a send reach the send callback too; here they only retire the connection.
      connection.on('error', (e: Error) => {
        if (!settled) fail(e);
        else markDead();
      });
      connection.once('end', () => {
        if (!settled) fail(new Error('SMTP connection closed before it was ready'));
        else markDead();
      });
      connection.connect(() => {
        if (settled) return;
        if (auth && (auth.user || auth.pass)) {
          connection.login(
            { credentials: { user: auth.user ?? '', pass: auth.pass ?? '' } },
            (e) => {
              if (e) return fail(e);
              settled = true;
              resolve(slot);
            },
          );
        } else {
          settled = true;
          resolve(slot);
        }
      });
    });
  }
}
