import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { returnedRows } from './sql';

/** Rows per DELETE: short statements, so the daily purge never holds locks for long. */
const BATCH = 1000;

/**
 * Data minimisation: notifications are news, not a record. Events older than
 * NOTIFICATION_RETENTION_DAYS (default 365) are deleted with everything that hangs off them —
 * in-app notifications (read or not) and digest items (foreign keys ON DELETE CASCADE) — in
 * batches; digest records (who got a digest on which day) and digest runs of that age too. The
 * mail outbox has its own, shorter retention (30 days, `mail.sweep`).
 */
@Injectable()
export class NotificationRetention {
  private readonly logger = new Logger('NotificationRetention');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async purge(days = this.config.notificationRetentionDays): Promise<{
    events: number;
    digests: number;
  }> {
    let events = 0;
    for (;;) {
      const deleted = returnedRows<{ id: string }>(
        await this.dataSource.query(
          `DELETE FROM notification_event WHERE id IN (
             SELECT id FROM notification_event
              WHERE created_at < now() - make_interval(days => $1)
              ORDER BY created_at LIMIT $2)
           RETURNING id`,
          [days, BATCH],
        ),
      ).length;
      events += deleted;
      if (deleted < BATCH) break;
    }
    const digests = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `DELETE FROM notification_digest WHERE created_at < now() - make_interval(days => $1)
         RETURNING id`,
        [days],
      ),
    ).length;
    await this.dataSource.query(
      `DELETE FROM notification_digest_run WHERE created_at < now() - make_interval(days => $1)`,
      [days],
    );
    if (events || digests) {
      this.logger.log(
        `deleted ${events} notification event(s) and ${digests} digest record(s) older than ${days} days`,
      );
    }
    return { events, digests };
  }
}
