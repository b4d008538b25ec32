import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Mailer } from './mailer';

/** How long one delivery attempt may hold a mail before another worker may try it. */
const LEASE_SECONDS = 120;

export class MailBusyError extends Error {}

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing' | 'given-up';

/**
 * Delivers outbox mail exactly once per outbox row, except in one window: when the process
 * dies after the SMTP server accepted the mail and before `sent_at` is written, the retried job
 * sends it again (at least once). The Message-ID is derived from the outbox id, so such a
 * duplicate is recognisable. The dev mailbox has no such window (its insert is keyed by id).
 */
@Injectable()
export class MailDelivery {
  private readonly logger = new Logger('MailDelivery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async deliver(outboxId: string, finalAttempt = false): Promise<DeliveryOutcome> {
    // A lease, not a transaction: the SMTP conversation must not hold a database transaction.
    const claimed = await this.dataSource.query<
      { recipient: string; locale: string; subject: string; text: string; html: string }[][]
    >(
      `UPDATE mail_outbox SET attempts = attempts + 1,
              leased_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND status = 'pending' AND (leased_until IS NULL OR leased_until < now())
        RETURNING recipient, locale, subject, text, html`,
      [outboxId, LEASE_SECONDS],
    );
    const row = claimed[0]?.[0];
    if (!row) {
      const rows = await this.dataSource.query<{ status: string }[]>(
        'SELECT status FROM mail_outbox WHERE id = $1',
        [outboxId],
      );
      if (!rows[0]) return 'missing';
      if (rows[0].status === 'sent') return 'already-sent';
      if (rows[0].status === 'failed') return 'given-up';
      // Another worker holds the lease: let the queue retry later.
      throw new MailBusyError(`mail ${outboxId} is being delivered by another worker`);
    }
    try {
      await this.mailer.send({
        id: outboxId,
        to: row.recipient,
        locale: row.locale,
        subject: row.subject,
        text: row.text,
        html: row.html,
      });
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 300);
      await this.dataSource.query(
        `UPDATE mail_outbox SET leased_until = NULL, last_error = $2,
                status = CASE WHEN $3::boolean THEN 'failed' ELSE status END
          WHERE id = $1`,
        [outboxId, message, finalAttempt],
      );
      // The id only: never the address or the content.
      this.logger.warn(`mail ${outboxId} not accepted: ${message}`);
      throw e;
    }
    // The bodies may hold one-time links: they are not kept once the mail is out.
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), leased_until = NULL,
              text = NULL, html = NULL, last_error = NULL
        WHERE id = $1`,
      [outboxId],
    );
    return 'sent';
  }

  /** Pending mail older than a minute whose job may have been lost (crash before dispatch). */
  async stalePending(limit = 1000): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM mail_outbox
        WHERE status = 'pending' AND created_at < now() - interval '1 minute'
          AND (leased_until IS NULL OR leased_until < now())
        ORDER BY created_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async forgetOldMail(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM mail_outbox WHERE status <> 'pending' AND created_at < now() - interval '30 days'`,
    );
    await this.dataSource.query(
      `DELETE FROM dev_mail WHERE created_at < now() - interval '30 days'`,
    );
  }
}
