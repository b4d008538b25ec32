import type { BeforeAccept } from './mailer';

/**
 * What a delivery attempt hands to the transport besides the message: which outbox row it
 * records, under which lease, and how long the terminating dot may still be written.
 */
export interface DeliveryReceipt {
  outboxId: string;
  /** The attempt number that holds the row's lease (mail_outbox.attempts at the claim). */
  lease: number;
  /**
   * Milliseconds from now during which the message may still be accepted: until then no other
   * attempt can have taken the lease over (MailDelivery keeps half of the lease as margin).
   */
  budgetMs: number;
  /** The queue gives up after this attempt: a failure marks the row failed, not pending. */
  finalAttempt: boolean;
  /**
   * The row holds rendered bodies (not a deferred mail rendered at send time): once accepted
   * they are cleared (they may hold one-time links).
   */
  storedBodies: boolean;
}

/** The part of node-postgres' client this module uses (a pool client). */
export interface PgClientLike {
  readyForQuery?: boolean;
  connection?: { stream?: { writableLength: number; once(e: 'drain', f: () => void): void } };
  query(
    text: string,
    values: unknown[],
    cb: (e: Error | null, r?: { rowCount: number | null }) => void,
  ): void;
  release(error?: Error | boolean): void;
}

/** The part of node-postgres' Pool this module uses. */
export interface PgPoolLike {
  connect(): Promise<PgClientLike>;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** The lease is nearly over: the message is abandoned before it could be accepted. */
export class MailLeaseLostError extends Error {}

/**
 * Records outbox mail as sent, for a transport that holds the terminating dot back (SMTP): the
 * `sent` UPDATE is written, without waiting for the answer, in the same synchronous block as
 * the dot, right before it; node-postgres writes a statement to an idle connection's socket
 * synchronously, so when `write` returns the UPDATE is in the kernel (autocommit: the server
 * commits it even if this process dies right after). The bodies are cleared only once the
 * server accepted the mail (`confirm`): a refused mail goes back to pending with them.
 */
export class OutboxRecorder {
  constructor(private readonly pool: PgPoolLike) {}

  /** Takes a connection of its own for the `sent` UPDATE; `write` is synchronous. */
  async prepare(
    outboxId: string,
    lease: number,
  ): Promise<{
    write: () => { done: Promise<number>; inKernel: Promise<void> | null };
    abandon: () => void;
  }> {
    const client = await this.pool.connect();
    let released = false;
    const release = (error?: Error) => {
      if (!released) client.release(error);
      released = true;
    };
    const write = () => {
      if (client.readyForQuery !== true) {
        // It would only be queued: the dot must not follow an UPDATE that is not written.
        release();
        throw new Error('database connection not ready for the sent record');
      }
      const done = new Promise<number>((resolve, reject) => {
        client.query(
          `UPDATE mail_outbox SET status = 'sent', sent_at = now(), leased_until = NULL,
                  last_error = NULL
            WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
          [outboxId, lease],
          (e, r) => {
            release(e ?? undefined);
            if (e) reject(e);
            else resolve(r?.rowCount ?? 0);
          },
        );
      });
      const stream = client.connection?.stream;
      const inKernel =
        stream && stream.writableLength > 0
          ? new Promise<void>((resolve) => stream.once('drain', resolve))
          : null;
      return { done, inKernel };
    };
    return { write, abandon: () => release() };
  }

  /**
   * The server accepted the mail: make sure the `sent` UPDATE landed (or write it now, for a
   * transport without a held dot) and forget stored bodies (they may hold one-time links). A
   * database error is retried (the lease keeps other attempts away meanwhile); if it cannot be
   * recorded, the mail may go out again after the lease — logged loudly by the caller.
   */
  async confirm(
    outboxId: string,
    lease: number,
    recording: Promise<number> | null,
    clearBodies: boolean,
  ): Promise<'recorded' | 'row-changed'> {
    let error: unknown = null;
    for (let i = 0; i < 5; i++) {
      try {
        if (i === 0 && recording && (await recording) === 1) {
          if (clearBodies) {
            await this.pool.query(
              `UPDATE mail_outbox SET text = NULL, html = NULL, headers = NULL
                WHERE id = $1 AND status = 'sent'`,
              [outboxId],
            );
          }
          return 'recorded';
        }
        const { rowCount } = await this.pool.query(
          `UPDATE mail_outbox SET status = 'sent', sent_at = coalesce(sent_at, now()),
                  leased_until = NULL, last_error = NULL, text = NULL, html = NULL, headers = NULL
            WHERE id = $1 AND attempts = $2 AND status IN ('pending', 'sent')`,
          [outboxId, lease],
        );
        return rowCount === 1 ? 'recorded' : 'row-changed';
      } catch (e) {
        error = e;
        await new Promise((r) => setTimeout(r, 500 * (i + 1)));
      }
    }
    throw new Error(
      `mail ${outboxId} was accepted but could not be recorded as sent: ${(error as Error)?.message}`,
    );
  }

  /**
   * Not accepted: back to pending (or failed after the last attempt) — also after the `sent`
   * UPDATE, when the server refused the terminated message: it must go out again.
   */
  async fail(outboxId: string, lease: number, message: string, finalAttempt: boolean) {
    await this.pool.query(
      `UPDATE mail_outbox SET leased_until = NULL, sent_at = NULL, last_error = $3,
              status = CASE WHEN $4::boolean THEN 'failed' ELSE 'pending' END
        WHERE id = $1 AND attempts = $2 AND status IN ('pending', 'sent')`,
      [outboxId, lease, message.slice(0, 300), finalAttempt],
    );
  }
}

/**
 * One recorded send: `send` transmits the message and calls `beforeAccept` right before it can
 * be accepted (SmtpPool: everything but the terminating dot is out); the returned commit writes
 * the `sent` UPDATE and the transport writes the dot right after it. Success confirms the record;
 * any failure puts the row back to pending (or failed) and rethrows.
 */
export async function sendRecorded(
  recorder: OutboxRecorder,
  receipt: DeliveryReceipt,
  send: (beforeAccept: BeforeAccept) => Promise<void>,
  log: (message: string) => void,
): Promise<void> {
  const { outboxId, lease } = receipt;
  const deadline = Date.now() + receipt.budgetMs;
  let recording: Promise<number> | null = null;
  // A connection taken for the `sent` UPDATE that was never written (the send failed between).
  let abandon: (() => void) | null = null;
  try {
    await send(async () => {
      if (Date.now() > deadline) {
        throw new MailLeaseLostError(`mail ${outboxId}: lease nearly over, send abandoned`);
      }
      const sent = await recorder.prepare(outboxId, lease);
      abandon = sent.abandon;
      // Called synchronously right before the terminating dot is written (see SmtpPool).
      return () => {
        // Preparing may have waited for a database connection: look at the clock again.
        if (Date.now() > deadline) {
          throw new MailLeaseLostError(`mail ${outboxId}: lease nearly over, send abandoned`);
        }
        abandon = null;
        const written = sent.write();
        recording = written.done;
        recording.catch(() => undefined);
        return written.inKernel;
      };
    });
  } catch (e) {
    (abandon as (() => void) | null)?.();
    const message = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    if (recording) await Promise.resolve(recording).catch(() => undefined);
    await recorder
      .fail(outboxId, lease, message, receipt.finalAttempt)
      // The lease ends on its own and a later attempt tries again.
      .catch((f: unknown) => log(`mail ${outboxId}: could not record the failure: ${String(f)}`));
    throw e;
  }
  // A transport that accepted without committing would be a bug; do not leak the connection.
  (abandon as (() => void) | null)?.();
  try {
    const outcome = await recorder.confirm(outboxId, lease, recording, receipt.storedBodies);
    if (outcome === 'row-changed')
      log(`mail ${outboxId} was accepted but its outbox row had changed`);
  } catch (e) {
    log(e instanceof Error ? e.message : String(e));
  }
}
