/**
 * The mail sender: a small process that owns the SMTP connections and the outbox's `sent`
 * record, so that a worker that dies cannot split "record as sent" from "terminate the message".
 * A worker hands it a whole message in one frame; the sender streams it, writes the `sent`
 * UPDATE and the terminating dot together (sendRecorded, SmtpPool) and answers. A worker killed
 * at any moment either never got a complete frame across (the sender discards a partial one) or
 * leaves the send to the sender, which finishes it. See docs/notifications.md, "Exactly-once
 * mail".
 *
 * Protocol: newline-delimited JSON over TCP. The first frame is `hello` with a token derived from
 * APP_SECRET; then `send` and `ping` frames, answered by `result` and `pong` frames with the
 * same id.
 */
import { createHmac } from 'node:crypto';
import { createServer, Server, Socket, AddressInfo, connect } from 'node:net';
import { DeliveryReceipt, OutboxRecorder, sendRecorded } from './outbox-recorder';
import { SmtpPool } from './smtp-pool';

export const MAIL_SENDER_PROTOCOL = 1;
/** A frame larger than this is refused (a mail with attachments stays far below). */
const MAX_FRAME_BYTES = 32 * 1024 * 1024;

export interface SendFrame {
  t: 'send';
  id: number;
  receipt: DeliveryReceipt;
  envelope: { from: string | false; to: string[] };
  /** The complete RFC 5322 message, base64. */
  raw: string;
}

type ClientFrame = { t: 'hello'; v: number; token: string } | SendFrame | { t: 'ping'; id: number };

type ServerFrame =
  | { t: 'hello'; ok: true }
  | { t: 'result'; id: number; ok: true }
  | { t: 'result'; id: number; ok: false; code: SenderErrorCode; error: string }
  | { t: 'pong'; id: number; ready: boolean }
  | { t: 'error'; code: SenderErrorCode; error: string };

export type SenderErrorCode = 'NOT_ACCEPTED' | 'BAD_FRAME' | 'UNAUTHORISED' | 'SHUTTING_DOWN';

/** The token a worker proves it may use the sender with (both sides hold APP_SECRET). */
export function mailSenderToken(appSecret: string | undefined): string {
  return createHmac('sha256', appSecret ?? '')
    .update('inspraak mail sender')
    .digest('base64url');
}

/** Splits a byte stream into newline-terminated frames; a partial frame at the end is dropped. */
class FrameReader {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly onFrame: (line: string) => void,
    private readonly onTooLarge: () => void,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
      this.parts.push(chunk.subarray(start, i));
      const line = Buffer.concat(this.parts).toString('utf8');
      this.parts = [];
      this.size = 0;
      start = i + 1;
      this.onFrame(line);
    }
    if (start < chunk.length) {
      this.size += chunk.length - start;
      if (this.size > MAX_FRAME_BYTES) {
        this.parts = [];
        this.size = 0;
        this.onTooLarge();
        return;
      }
      this.parts.push(chunk.subarray(start));
    }
  }
}

function write(socket: Socket, frame: ServerFrame | ClientFrame): void {
  if (!socket.destroyed && socket.writable) socket.write(`${JSON.stringify(frame)}\n`);
}

function isSendFrame(f: Record<string, unknown>): f is SendFrame & Record<string, unknown> {
  const r = f['receipt'] as Record<string, unknown> | undefined;
  const e = f['envelope'] as Record<string, unknown> | undefined;
  return (
    Number.isSafeInteger(f['id']) &&
    typeof f['raw'] === 'string' &&
    !!r &&
    typeof r['outboxId'] === 'string' &&
    Number.isSafeInteger(r['lease']) &&
    typeof r['budgetMs'] === 'number' &&
    typeof r['finalAttempt'] === 'boolean' &&
    typeof r['storedBodies'] === 'boolean' &&
    !!e &&
    (e['from'] === false || typeof e['from'] === 'string') &&
    Array.isArray(e['to']) &&
    e['to'].length > 0 &&
    e['to'].every((a) => typeof a === 'string')
  );
}

export interface MailSenderServerOptions {
  /** Null without SMTP_URL: every send is refused (the workers use the dev mailbox then). */
  smtp: SmtpPool | null;
  recorder: OutboxRecorder;
  token: string;
  /** Whether the database answers (for `ping`). */
  ready: () => Promise<boolean>;
  log: (level: 'info' | 'warn' | 'error', message: string) => void;
}

/** The sender's side: accepts workers' frames and performs each send to its end. */
export class MailSenderServer {
  private readonly server: Server;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly sockets = new Set<Socket>();
  private closing = false;
  private sentCount = 0;

  constructor(private readonly options: MailSenderServerOptions) {
    this.server = createServer((socket) => this.accept(socket));
  }

  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  get sent(): number {
    return this.sentCount;
  }

  /** Stops accepting frames and waits for the sends already handed over. */
  async close(): Promise<void> {
    this.closing = true;
    const stopped = new Promise<void>((r) => this.server.close(() => r()));
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    for (const s of this.sockets) s.end();
    await stopped;
    this.options.smtp?.close();
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    // Answers are small frames: no Nagle delay behind the previous unacknowledged one.
    socket.setNoDelay(true);
    let authorised = false;
    // Once refused, later frames (even ones already read in the same chunk) are not taken.
    let refused = false;
    const refuse = (code: SenderErrorCode, error: string) => {
      refused = true;
      write(socket, { t: 'error', code, error });
      socket.end();
    };
    const reader = new FrameReader(
      (line) => {
        if (refused) return;
        let frame: Record<string, unknown>;
        try {
          const parsed: unknown = JSON.parse(line);
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
          frame = parsed as Record<string, unknown>;
        } catch {
          return refuse('BAD_FRAME', 'a frame is not a JSON object');
        }
        if (!authorised) {
          if (frame['t'] !== 'hello' || frame['v'] !== MAIL_SENDER_PROTOCOL) {
            return refuse('BAD_FRAME', `expected hello, protocol ${MAIL_SENDER_PROTOCOL}`);
          }
          if (frame['token'] !== this.options.token) {
            return refuse('UNAUTHORISED', 'wrong token (APP_SECRET differs)');
          }
          authorised = true;
          return write(socket, { t: 'hello', ok: true });
        }
        if (frame['t'] === 'ping' && Number.isSafeInteger(frame['id'])) {
          const id = frame['id'] as number;
          void this.options.ready().then((ready) => write(socket, { t: 'pong', id, ready }));
          return;
        }
        if (frame['t'] !== 'send' || !isSendFrame(frame)) {
          return refuse('BAD_FRAME', 'expected a send or ping frame');
        }
        if (this.closing) {
          return write(socket, {
            t: 'result',
            id: frame.id,
            ok: false,
            code: 'SHUTTING_DOWN',
            error: 'mail sender is shutting down',
          });
        }
        this.handle(socket, frame);
      },
      () => refuse('BAD_FRAME', `frame larger than ${MAX_FRAME_BYTES} bytes`),
    );
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    // A worker that went away: the sends it handed over go on (their answers are dropped).
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private handle(socket: Socket, frame: SendFrame): void {
    const { receipt } = frame;
    const raw = Buffer.from(frame.raw, 'base64');
    const { smtp } = this.options;
    const run = sendRecorded(
      this.options.recorder,
      receipt,
      (beforeAccept) =>
        smtp
          ? smtp.send(frame.envelope, raw, beforeAccept)
          : Promise.reject(new Error('SMTP_URL is not set for the mail sender')),
      (m) => this.options.log('error', m),
    ).then(
      () => {
        this.sentCount++;
        write(socket, { t: 'result', id: frame.id, ok: true });
      },
      (e: unknown) => {
        const error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
        // The id only: never the address or the content.
        this.options.log('warn', `mail ${receipt.outboxId} not accepted: ${error}`);
        write(socket, { t: 'result', id: frame.id, ok: false, code: 'NOT_ACCEPTED', error });
      },
    );
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
  }
}

/** The sender answered that the mail was not accepted (the row is back to pending or failed). */
export class MailNotAcceptedError extends Error {}

/**
 * The answer did not arrive (connection lost, sender restarting): the mail may or may not have
 * gone out, and the row records which once the sender finished. The caller must not touch the
 * row; the lease ends and a later attempt looks again.
 */
export class MailOutcomeUnknownError extends Error {}

interface Pending {
  resolve: () => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
  /** The connection the frame went out on: only its loss makes the outcome unknown. */
  socket: Socket;
}

/** The worker's side: one connection to the sender, reopened when it was lost. */
export class MailSenderClient {
  private socket: Socket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly token: string,
    /** An answer later than this counts as unknown (the sender's SMTP timeouts are longer). */
    private readonly answerTimeoutMs = 60_000,
  ) {}

  send(receipt: DeliveryReceipt, envelope: SendFrame['envelope'], raw: Buffer): Promise<void> {
    if (this.closed)
      return Promise.reject(new MailOutcomeUnknownError('mail sender client closed'));
    const id = this.nextId++;
    const frame: SendFrame = { t: 'send', id, receipt, envelope, raw: raw.toString('base64') };
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new MailOutcomeUnknownError(`mail ${receipt.outboxId}: no answer from the sender`));
      }, this.answerTimeoutMs);
      const socket = this.connection();
      this.pending.set(id, { resolve, reject, timer, socket });
      write(socket, frame);
    });
  }

  close(): void {
    this.closed = true;
    this.socket?.end();
    this.fail(new MailOutcomeUnknownError('mail sender client closed'));
  }

  private connection(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const { hostname, port } = new URL(this.url);
    const socket = connect({ host: hostname, port: Number(port) });
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 10_000);
    this.socket = socket;
    const reader = new FrameReader(
      (line) => this.answer(line, socket),
      () => socket.destroy(new Error('frame from the mail sender too large')),
    );
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
      this.fail(new MailOutcomeUnknownError('connection to the mail sender lost'), socket);
    });
    write(socket, { t: 'hello', v: MAIL_SENDER_PROTOCOL, token: this.token });
    return socket;
  }

  private answer(line: string, socket: Socket): void {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(line) as ServerFrame;
    } catch {
      socket.destroy();
      return;
    }
    if (frame.t === 'error') {
      // The sender closes this connection next; its frames were not taken.
      const error = `mail sender refused: ${frame.code} ${frame.error}`;
      this.fail(new MailOutcomeUnknownError(error), socket);
      socket.destroy();
      return;
    }
    if (frame.t !== 'result') return;
    const p = this.pending.get(frame.id);
    if (!p) return;
    this.pending.delete(frame.id);
    clearTimeout(p.timer);
    if (frame.ok) p.resolve();
    else if (frame.code === 'NOT_ACCEPTED') p.reject(new MailNotAcceptedError(frame.error));
    // Refused before it started (shutting down): nothing was sent or recorded.
    else p.reject(new MailOutcomeUnknownError(`mail sender: ${frame.code} ${frame.error}`));
  }

  /** Rejects the requests sent on `socket` (all without). */
  private fail(error: Error, socket?: Socket): void {
    for (const [id, p] of this.pending) {
      if (socket && p.socket !== socket) continue;
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(error);
    }
  }
}
