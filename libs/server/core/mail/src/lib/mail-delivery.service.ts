import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeferredMailRegistry } from './deferred-mail.registry';
import { Mailer, OutgoingMail } from './mailer';

/**
 * How long one delivery attempt may hold a mail before another worker may try it. A delivery
 * whose lease was taken over cannot commit (the lease is checked at the commit), so a short
 * lease only risks a wasted, unterminated send, never a duplicate.
 */
const LEASE_SECONDS = 30;

export class MailBusyError extends Error {
  constructor(
    message: string,
    /** The attempt holding the lease, and when its lease ends. */
    readonly leaseAttempt: number,
    readonly leasedUntil: Date,
  ) {
    super(message);
  }
}

/** The outbox row changed under a delivery (its lease was taken over): the send is abandoned. */
export class MailLeaseLostError extends Error {}

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing' | 'given-up' | 'skipped';

interface ClaimedRow {
  attempts: number;
  recipient: string | null;
  locale: string;
  subject: string | null;
  text: string | null;
  html: string | null;
  headers: Record<string, string> | null;
  resolver: string | null;
  resolver_ref: string | null;
}

/**
 * Delivers outbox mail exactly once per outbox row. The message is streamed into the SMTP DATA
 * phase with its terminating dot held back (SmtpMailer); when the body is out, the `sent`
 * UPDATE is written to the database and the dot right after it, in one synchronous block and
 * without waiting for the database's answer. A process that dies before the UPDATE was written
 * leaves an unterminated message the server discards, and the retried job sends it once; one
 * that dies after the dot was written leaves both to the kernel, which delivers both. The one
 * remaining window lies between the two writes: microseconds of the worker's own time, but the
 * first write can hand the CPU to PostgreSQL for milliseconds, and a kill then loses the mail
 * (docs/notifications.md, "Exactly-once mail"). A server that refuses the message after the
 * UPDATE puts the row back to pending. A lease (identified by the attempt
 * number) keeps other attempts away; the dot is only written while more than half of the lease
 * is left, so no other attempt can have taken it over.
 */
@Injectable()
export class MailDelivery {
  private readonly logger = new Logger('MailDelivery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly deferred: DeferredMailRegistry,
  ) {}

  async deliver(outboxId: string, finalAttempt = false): Promise<DeliveryOutcome> {
    // A lease, not a transaction: the SMTP conversation must not hold a database transaction.
    const claimed = await this.dataSource.query<ClaimedRow[][]>(
      `UPDATE mail_outbox SET attempts = attempts + 1,
              leased_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND status = 'pending' AND (leased_until IS NULL OR leased_until < now())
        RETURNING attempts, recipient, locale, subject, text, html, headers, resolver, resolver_ref`,
      [outboxId, LEASE_SECONDS],
    );
    const row = claimed[0]?.[0];
    if (!row) {
      const rows = await this.dataSource.query<
        { status: string; attempts: number; leased_until: Date | string | null }[]
      >('SELECT status, attempts, leased_until FROM mail_outbox WHERE id = $1', [outboxId]);
      if (!rows[0]) return 'missing';
      if (rows[0].status === 'sent') return 'already-sent';
      if (rows[0].status === 'failed') return 'given-up';
      if (rows[0].status === 'skipped') return 'skipped';
      // Another worker holds the lease: let the queue retry later.
      throw new MailBusyError(
        `mail ${outboxId} is being delivered by another worker`,
        rows[0].attempts,
        new Date(rows[0].leased_until ?? Date.now()),
      );
    }
    const lease = row.attempts;
    const claimedAt = Date.now();
    // The `sent` UPDATE, written to the database right before the terminating dot (see below).
    let recording: Promise<number> | null = null;
    // A connection taken for the `sent` UPDATE that was never written (the send failed between).
    const prepared: { abandon: (() => void) | null } = { abandon: null };
    try {
      const mail = await this.outgoing(outboxId, row);
      if (!mail) {
        await this.dataSource.query(
          `UPDATE mail_outbox SET status = 'skipped', leased_until = NULL
            WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
          [outboxId, lease],
        );
        return 'skipped';
      }
      await this.mailer.send(mail, async () => {
        // Nobody can take the lease over while more than half of it is left, so the UPDATE
        // below cannot lose to another attempt; past that, the message is abandoned.
        if (Date.now() - claimedAt > (LEASE_SECONDS * 1000) / 2) {
          throw new MailLeaseLostError(`mail ${outboxId}: lease nearly over, send abandoned`);
        }
        const sent = await this.prepareSent(outboxId, lease);
        prepared.abandon = sent.abandon;
        // Called synchronously right before the terminating dot is written (see SmtpPool).
        return () => {
          prepared.abandon = null;
          const written = sent.write();
          recording = written.done;
          recording.catch(() => undefined);
          return written.inKernel;
        };
      });
      // A mailer that accepted without committing would be a bug; do not leak the connection.
      prepared.abandon?.();
    } catch (e) {
      prepared.abandon?.();
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 300);
      if (recording) await Promise.resolve(recording).catch(() => undefined);
      // Back to pending (or given up) — also after the `sent` UPDATE, when the server refused
      // the terminated message: it was not accepted, so it must go out again (with the bodies
      // that UPDATE cleared).
      await this.dataSource.query(
        `UPDATE mail_outbox SET leased_until = NULL, sent_at = NULL, last_error = $3,
                status = CASE WHEN $4::boolean THEN 'failed' ELSE 'pending' END,
                text = $5, html = $6, headers = $7::jsonb
          WHERE id = $1 AND attempts = $2 AND status IN ('pending', 'sent')`,
        [
          outboxId,
          lease,
          message,
          finalAttempt,
          row.text,
          row.html,
          row.headers ? JSON.stringify(row.headers) : null,
        ],
      );
      // The id only: never the address or the content.
      this.logger.warn(`mail ${outboxId} not accepted: ${message}`);
      throw e;
    }
    // The `sent` UPDATE also cleared the bodies: they may hold one-time links.
    await this.confirmSent(outboxId, lease, recording);
    return 'sent';
  }

  /**
   * Takes a connection of its own for the `sent` UPDATE and returns the function that writes it
   * without waiting for the answer: node-postgres writes a statement to an idle connection's
   * socket synchronously, so when that function returns, the UPDATE is in the kernel
   * (autocommit: the server commits it even if this process dies right after) — or, if the
   * socket was backed up, `inKernel` says when it is. `done` is the updated row count.
   */
  private async prepareSent(
    outboxId: string,
    lease: number,
  ): Promise<{
    write: () => { done: Promise<number>; inKernel: Promise<void> | null };
    abandon: () => void;
  }> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as {
      readyForQuery?: boolean;
      connection?: { stream?: { writableLength: number; once(e: 'drain', f: () => void): void } };
      query(
        text: string,
        values: unknown[],
        cb: (e: Error | null, r?: { rowCount: number | null }) => void,
      ): void;
    };
    let released = false;
    const release = () => {
      if (!released) void runner.release();
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
                  last_error = NULL, text = NULL, html = NULL, headers = NULL
            WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
          [outboxId, lease],
          (e, r) => (e ? reject(e) : resolve(r?.rowCount ?? 0)),
        );
      }).finally(release);
      const stream = client.connection?.stream;
      const inKernel =
        stream && stream.writableLength > 0
          ? new Promise<void>((resolve) => stream.once('drain', resolve))
          : null;
      return { done, inKernel };
    };
    return { write, abandon: release };
  }

  /**
   * The server accepted the mail: make sure the `sent` UPDATE landed. A database error is
   * retried (the lease keeps other attempts away meanwhile); if it cannot be recorded, the mail
   * may go out again after the lease — logged loudly.
   */
  private async confirmSent(outboxId: string, lease: number, recording: Promise<number> | null) {
    let error: unknown = null;
    for (let i = 0; i < 5; i++) {
      try {
        const n =
          i === 0 && recording
            ? await recording
            : returnedRows(
                await this.dataSource.query(
                  `UPDATE mail_outbox SET status = 'sent', sent_at = coalesce(sent_at, now()),
                          leased_until = NULL, last_error = NULL,
                          text = NULL, html = NULL, headers = NULL
                    WHERE id = $1 AND attempts = $2 AND status IN ('pending', 'sent')
                    RETURNING id`,
                  [outboxId, lease],
                ),
              ).length;
        if (n !== 1) {
          this.logger.error(`mail ${outboxId} was accepted but its outbox row had changed`);
        }
        return;
      } catch (e) {
        error = e;
        await new Promise((r) => setTimeout(r, 500 * (i + 1)));
      }
    }
    this.logger.error(
      `mail ${outboxId} was accepted but could not be recorded as sent: ${(error as Error)?.message}`,
    );
  }

  private async outgoing(id: string, row: ClaimedRow): Promise<OutgoingMail | null> {
    if (row.resolver) {
      const resolved = await this.deferred.resolve(row.resolver, row.resolver_ref ?? '');
      return resolved ? { id, ...resolved } : null;
    }
    return {
      id,
      to: row.recipient ?? '',
      locale: row.locale,
      subject: row.subject ?? '',
      text: row.text ?? '',
      html: row.html ?? '',
      headers: row.headers,
    };
  }

  /**
   * Pending mail older than a minute whose job may have been lost (crash before dispatch, or a
   * job that gave up while the row stayed pending), with its attempts so far.
   */
  async stalePending(limit = 1000): Promise<{ id: string; attempts: number }[]> {
    return this.dataSource.query<{ id: string; attempts: number }[]>(
      `SELECT id, attempts FROM mail_outbox
        WHERE status = 'pending' AND created_at < now() - interval '1 minute'
          AND (leased_until IS NULL OR leased_until < now())
        ORDER BY created_at LIMIT $1`,
      [limit],
    );
  }

  async forgetOldMail(): Promise<void> {
    // Bodies of sent mail a crash left behind (between the commit and clearing them).
    await this.dataSource.query(
      `UPDATE mail_outbox SET text = NULL, html = NULL, headers = NULL
        WHERE status = 'sent' AND sent_at < now() - interval '1 minute'
          AND (text IS NOT NULL OR html IS NOT NULL OR headers IS NOT NULL)`,
    );
    await this.dataSource.query(
      `DELETE FROM mail_outbox WHERE status <> 'pending' AND created_at < now() - interval '30 days'`,
    );
    await this.dataSource.query(
      `DELETE FROM dev_mail WHERE created_at < now() - interval '30 days'`,
    );
  }
}

/** The rows of an UPDATE … RETURNING through TypeORM (`[rows, count]`), or plain rows. */
function returnedRows(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0])) {
    return result[0] as unknown[];
  }
  return result as unknown[];
}
