import { Readable } from 'node:stream';
import SMTPConnection, { SMTPConnectionOptions } from 'nodemailer/lib/smtp-connection';
import { BeforeAccept, CommitSent } from './mailer';

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
 * when this stream ends) asks for more does `prepare` run; the stream ends after it resolved
 * (with the commit, see SmtpPool.send). If it fails, the stream is destroyed and the message is
 * never terminated.
 */
class HeldEndMessage extends Readable {
  private stage: 'body' | 'held' | 'done' = 'body';

  constructor(
    private readonly body: Buffer,
    private readonly prepare: () => Promise<void>,
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
      this.prepare().then(
        () => this.push(null),
        (e: unknown) => this.destroy(e instanceof Error ? e : new Error(String(e))),
      );
    }
  }
}

interface SocketLike {
  writableLength: number;
  destroyed: boolean;
  write: (...args: unknown[]) => boolean;
  destroy(error?: Error): void;
}

/** The three ways nodemailer's DATA stream ends a message (data-stream.js, `_flush`). */
const TERMINATORS = ['.\r\n', '\n.\r\n', '\r\n.\r\n'].map((t) => Buffer.from(t));

function isTerminator(chunk: unknown): boolean {
  return Buffer.isBuffer(chunk) && TERMINATORS.some((t) => t.equals(chunk));
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
 * Runs `commit` right before the terminating dot reaches `socket`, in the same synchronous
 * block as the dot's write: between the commit's bytes reaching the kernel and the dot's, no
 * other code of this process runs (no tick, no I/O, no timer). That is the window in which a
 * killed process loses a mail; the scheduler may still switch away inside it (the first write
 * wakes the database), see docs/notifications.md, "Exactly-once mail".
 * Armed once the body is out (`arm`); the dot is the DATA stream's next write. `disarm` takes
 * the hook off again.
 */
function commitBeforeDot(socket: SocketLike): {
  arm(commit: CommitSent): void;
  disarm(): void;
} {
  const hadOwnWrite = Object.prototype.hasOwnProperty.call(socket, 'write');
  const ownWrite = socket.write;
  let armed: CommitSent | null = null;
  const disarm = () => {
    armed = null;
    if (hadOwnWrite) socket.write = ownWrite;
    else delete (socket as Partial<SocketLike>).write;
  };
  socket.write = function (this: SocketLike, ...args: unknown[]): boolean {
    const commit = armed;
    if (!commit || !isTerminator(args[0])) return ownWrite.apply(this, args);
    disarm();
    let pending: Promise<void> | null;
    try {
      pending = commit();
    } catch (e) {
      // Not committed: the message stays unterminated and the connection is dropped.
      socket.destroy(e instanceof Error ? e : new Error(String(e)));
      return false;
    }
    if (!pending) return ownWrite.apply(this, args);
    // The commit's bytes are not in the kernel yet (its connection was backed up): the dot
    // waits for them, never the other way round.
    pending.then(
      () => ownWrite.apply(socket, args),
      (e: unknown) => socket.destroy(e instanceof Error ? e : new Error(String(e))),
    );
    return true;
  };
  return {
    arm: (commit) => {
      armed = commit;
    },
    disarm,
  };
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

  /**
   * Sends `raw` (a complete RFC 5322 message) once: the body goes out, then `beforeAccept`
   * prepares the commit, and the commit runs in the same synchronous block as the write of the
   * terminating dot, right before it (commitBeforeDot).
   */
  async send(envelope: Envelope, raw: Buffer, beforeAccept: BeforeAccept): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const slot = await this.acquire();
      const reused = slot.used;
      const socket = (slot.connection as unknown as { _socket?: SocketLike })._socket;
      if (!socket) {
        this.release(slot, false);
        throw new Error('SMTP connection has no socket');
      }
      const hook = commitBeforeDot(socket);
      const message = new HeldEndMessage(raw, async () => {
        // Everything but the dot in the kernel first.
        await drained(socket);
        hook.arm(await beforeAccept());
      });
      try {
        await new Promise<void>((resolve, reject) => {
          slot.connection.send(envelope, message, (err) => (err ? reject(err) : resolve()));
        });
        slot.used = true;
        hook.disarm();
        this.release(slot, true);
        return;
      } catch (e) {
        hook.disarm();
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
