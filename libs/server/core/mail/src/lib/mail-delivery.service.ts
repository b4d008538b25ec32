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
 * Delivers outbox mail exactly once per outbox row: claims the row under a lease, renders the
 * mail and hands it to the Mailer, which sends it and records the outcome in the row. With SMTP
 * the message is streamed with its terminating dot held back; when the body is out, the `sent`
 * UPDATE is written and the dot right after it, in one synchronous block (OutboxRecorder,
 * SmtpPool). With MAIL_SENDER_URL that pair runs in the mail sender process, so a worker killed
 * at any moment cannot split it; without, a kill between the two writes (microseconds) loses
 * the mail (docs/notifications.md, "Exactly-once mail"). A lease (identified by the attempt
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
    let mail: OutgoingMail | null;
    try {
      mail = await this.outgoing(outboxId, row);
    } catch (e) {
      await this.release(outboxId, lease, e, finalAttempt);
      throw e;
    }
    if (!mail) {
      await this.dataSource.query(
        `UPDATE mail_outbox SET status = 'skipped', leased_until = NULL
          WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
        [outboxId, lease],
      );
      return 'skipped';
    }
    try {
      // From here the mailer records the outcome in the row (or leaves it to the lease).
      await this.mailer.deliver(mail, {
        outboxId,
        lease,
        // Nobody can take the lease over while more than half of it is left.
        budgetMs: (LEASE_SECONDS * 1000) / 2 - (Date.now() - claimedAt),
        finalAttempt,
        storedBodies: row.text !== null || row.html !== null || row.headers !== null,
      });
    } catch (e) {
      // The id only: never the address or the content.
      this.logger.warn(
        `mail ${outboxId} not accepted: ${(e instanceof Error ? e.message : String(e)).slice(0, 300)}`,
      );
      throw e;
    }
    return 'sent';
  }

  /** Failed before the mailer had it: back to pending (or failed after the last attempt). */
  private async release(outboxId: string, lease: number, e: unknown, finalAttempt: boolean) {
    await this.dataSource.query(
      `UPDATE mail_outbox SET leased_until = NULL, last_error = $3,
              status = CASE WHEN $4::boolean THEN 'failed' ELSE 'pending' END
        WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
      [outboxId, lease, (e instanceof Error ? e.message : String(e)).slice(0, 300), finalAttempt],
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
