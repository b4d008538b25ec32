import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailOutbox, outboxIdFor } from '@inspraak/server-mail';
import { NotificationSource } from './contract';
import { EventState, NotificationEventStore } from './notification-event.store';
import { NotificationSourceRegistry } from './notification-source.registry';
import { effectiveSql, EmailFrequency } from './preferences';
import { returnedRows } from './sql';

/**
 * Named recipients per page: one source query, three bulk inserts and one bulk enqueue each.
 * 2,500 rather than 1,000: the fan-out waits on the database more than it computes, so fewer,
 * larger round trips finished 10,000 recipients in 1.7–1.8 s instead of 2.0 s (docs/benchmarks.md).
 */
export const FANOUT_PAGE_SIZE = 2500;

export const NOTIFICATION_MAIL_TEMPLATE = 'notifications.event';
export const ANONYMOUS_MAIL_RESOLVER = 'notifications.anonymous';
export const NAMED_MAIL_RESOLVER = 'notifications.named';

/** The outbox id of `userId`'s mail about an event: one per (event, user), whatever reruns. */
export const notificationOutboxId = (eventId: string, userId: string) =>
  outboxIdFor(`notification:${eventId}:${userId}`);
/** The outbox id of the anonymous author's mail about an event (resolved at send time). */
export const anonymousOutboxId = (eventId: string) =>
  outboxIdFor(`notification:${eventId}:anonymous-author`);

interface RecipientRow {
  id: string;
  in_app: boolean;
  email_frequency: EmailFrequency;
}

/** How long a fan-out run holds an event without renewing (it renews after every page). */
export const FANOUT_LEASE_SECONDS = 30;

export interface FanoutResult {
  state: 'done' | 'missing' | 'already-done' | 'lease-lost';
  pages: number;
  recipients: number;
}

/** Another run holds the event's lease (possibly one that died): look again when it ends. */
export class FanoutBusyError extends Error {
  constructor(
    readonly run: number,
    readonly leasedUntil: Date,
  ) {
    super('notification fan-out is running elsewhere');
  }
}

/** This run's lease was taken over (it was too slow): it stops, the other run finishes. */
class FanoutLeaseLostError extends Error {}

/**
 * Fans one event out, restartable at any point: the event row holds the cursor of the last page
 * done; everything written for a page is keyed (notification (event, user), outbox id derived
 * from (event, user), digest item (user, event), job id `mail-<outboxId>`), so redoing a page a
 * crash interrupted adds nothing. Order per page: rows (one transaction) → enqueue → cursor.
 */
@Injectable()
export class NotificationFanout {
  private readonly logger = new Logger('NotificationFanout');

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: NotificationSourceRegistry,
    private readonly events: NotificationEventStore,
    private readonly outbox: MailOutbox,
  ) {}

  async run(eventId: string, pageSize = FANOUT_PAGE_SIZE): Promise<FanoutResult> {
    const claimed = returnedRows<{ fanout_runs: number }>(
      await this.dataSource.query(
        `UPDATE notification_event SET fanout_runs = fanout_runs + 1,
              fanout_leased_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND fanout_state <> 'done'
          AND (fanout_leased_until IS NULL OR fanout_leased_until < now())
        RETURNING fanout_runs`,
        [eventId, FANOUT_LEASE_SECONDS],
      ),
    );
    const run = claimed[0]?.fanout_runs;
    const event = await this.events.load(eventId);
    if (!event) return { state: 'missing', pages: 0, recipients: 0 };
    if (run === undefined) {
      if (event.fanoutState === 'done') return { state: 'already-done', pages: 0, recipients: 0 };
      const lease = await this.dataSource.query<{ fanout_runs: number; until: Date | string }[]>(
        'SELECT fanout_runs, fanout_leased_until AS until FROM notification_event WHERE id = $1',
        [eventId],
      );
      throw new FanoutBusyError(
        lease[0]?.fanout_runs ?? 0,
        new Date(lease[0]?.until ?? Date.now()),
      );
    }
    try {
      return await this.fanOut(event, run, pageSize);
    } catch (e) {
      // Too slow: another run took the event over and finishes it.
      if (e instanceof FanoutLeaseLostError)
        return { state: 'lease-lost', pages: 0, recipients: 0 };
      throw e;
    }
  }

  private async fanOut(event: EventState, run: number, pageSize: number): Promise<FanoutResult> {
    const source = this.registry.forType(event.type);
    let pages = 0;
    let recipients = 0;
    if (event.fanoutState !== 'named-done') {
      const cursor = event.fanoutState === 'pending' ? null : event.fanoutCursor;
      let next = source.recipients(event, cursor, pageSize);
      // A page's enqueue and progress record, still running while the next page is stored.
      let enqueued: Promise<void> = Promise.resolve();
      let failure: unknown = null;
      try {
        for (;;) {
          const page = await next;
          // The next page is read while this one is stored and enqueued.
          if (page.next) {
            next = source.recipients(event, page.next, pageSize);
            next.catch(() => undefined);
          }
          const stored = await this.storePage(event, page.userIds);
          pages++;
          recipients += stored.reached;
          // Enqueue this page while the next one is stored; the cursor moves past a page only
          // after its jobs are enqueued and the previous page's cursor moved (a crash redoes the
          // pages after the cursor; everything they write is keyed).
          const previous = enqueued;
          enqueued = (async () => {
            await this.outbox.dispatch(stored.mailIds);
            await previous;
            await this.progress(
              event.id,
              run,
              `fanout_cursor = $3, fanout_state = $4, recipient_count = recipient_count + $5`,
              [page.next, page.next ? 'running' : 'named-done', stored.reached],
            );
          })();
          enqueued.catch((e: unknown) => (failure ??= e));
          if (failure) break;
          if (!page.next) break;
        }
      } catch (e) {
        // Reading or storing a page failed: let the pages already stored finish their enqueue
        // and cursor first, so nothing of this run is still writing when it reports the error.
        await enqueued.catch(() => undefined);
        throw e;
      }
      await enqueued;
    }
    if (!event.anonymousDone) await this.notifyAnonymousAuthor(event, source);
    await this.progress(
      event.id,
      run,
      `fanout_state = 'done', anonymous_done = true, fanout_done_at = now()`,
      [],
      true,
    );
    // Ids and counts only: never recipients.
    this.logger.log(`event ${event.id} fanned out: ${pages} page(s), ${recipients} recipient(s)`);
    return { state: 'done', pages, recipients };
  }

  /** Records progress and renews the lease, only while this run still holds it. */
  private async progress(
    eventId: string,
    run: number,
    set: string,
    params: unknown[],
    final = false,
  ) {
    const lease = final ? 'NULL' : `now() + make_interval(secs => ${FANOUT_LEASE_SECONDS})`;
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE notification_event SET ${set}, fanout_leased_until = ${lease}
          WHERE id = $1 AND fanout_runs = $2 RETURNING id`,
        [eventId, run, ...params],
      ),
    );
    if (rows.length !== 1) throw new FanoutLeaseLostError(`fan-out of ${eventId}: lease lost`);
  }

  /**
   * One page: in-app rows, digest items and outbox rows in one transaction; the caller enqueues
   * the mail.send jobs of `mailIds` (one addBulk) after the commit. The outbox rows are deferred
   * mails (`notifications.named`, ref `<eventId>:<userId>`): rendered in the recipient's language
   * when sent, so the fan-out stores a few bytes per recipient instead of a rendered mail.
   */
  private async storePage(
    event: EventState,
    userIds: string[],
  ): Promise<{ reached: number; mailIds: string[] }> {
    if (userIds.length === 0) return { reached: 0, mailIds: [] };
    const pref = effectiveSql(event.type);
    const rows = await this.dataSource.query<RecipientRow[]>(
      `SELECT u.id, ${pref.inApp} AS in_app, ${pref.email} AS email_frequency
         FROM app_user u
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.type = $2
        WHERE u.id = ANY($1::uuid[]) AND u.deactivated_at IS NULL
          AND ($3::uuid IS NULL OR u.id <> $3::uuid)`,
      [[...new Set(userIds)], event.type, event.actorId],
    );
    const inApp = rows.filter((r) => r.in_app).map((r) => r.id);
    const digest = rows.filter((r) => r.email_frequency === 'DAILY_DIGEST').map((r) => r.id);
    const mails = rows
      .filter((r) => r.email_frequency === 'IMMEDIATE')
      .map((r) => ({
        id: notificationOutboxId(event.id, r.id),
        template: NOTIFICATION_MAIL_TEMPLATE,
        resolver: NAMED_MAIL_RESOLVER,
        ref: `${event.id}:${r.id}`,
      }));
    await this.dataSource.transaction(async (m) => {
      if (inApp.length) {
        await m.query(
          `INSERT INTO notification (event_id, user_id)
           SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [event.id, inApp],
        );
      }
      if (digest.length) {
        await m.query(
          `INSERT INTO notification_digest_item (user_id, event_id)
           SELECT unnest($2::uuid[]), $1 ON CONFLICT DO NOTHING`,
          [event.id, digest],
        );
      }
      await this.outbox.storeDeferred(m, mails);
    });
    // Enqueued after the commit (the embedded database runs one transaction at a time); job ids
    // are `mail-<outboxId>`, so a rerun of this page enqueues nothing twice.
    return { reached: rows.length, mailIds: mails.map((m) => m.id) };
  }

  /**
   * The anonymous author: an in-app row holding only the hash the input already stores, and a
   * deferred mail (no recipient) that is resolved to a person only when it is sent. Done after
   * the named pages, so the send-time check "already notified by name" sees them.
   */
  private async notifyAnonymousAuthor(event: EventState, source: NotificationSource) {
    const recipient = await source.anonymousRecipient(event);
    if (!recipient) return;
    const outboxId = anonymousOutboxId(event.id);
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO notification (event_id, recipient_hash) VALUES ($1, $2)
         ON CONFLICT DO NOTHING`,
        [event.id, recipient.authorHash],
      );
      await this.outbox.storeDeferred(m, [
        {
          id: outboxId,
          template: NOTIFICATION_MAIL_TEMPLATE,
          resolver: ANONYMOUS_MAIL_RESOLVER,
          ref: event.id,
        },
      ]);
    });
    await this.outbox.dispatch([outboxId]);
  }

  /**
   * Events whose fan-out has not finished a while after they were emitted and that no run holds
   * (lost dispatch, a job that gave up), with their run count for the job id.
   */
  async unfinished(olderThanSeconds = 60, limit = 1000): Promise<{ id: string; runs: number }[]> {
    return this.dataSource.query<{ id: string; runs: number }[]>(
      `SELECT id, fanout_runs AS runs FROM notification_event
        WHERE fanout_state <> 'done' AND created_at < now() - make_interval(secs => $1)
          AND (fanout_leased_until IS NULL OR fanout_leased_until < now())
        ORDER BY created_at LIMIT $2`,
      [olderThanSeconds, limit],
    );
  }
}
