import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { digestMail, MailOutbox, outboxIdFor } from '@inspraak/server-mail';
import { JobQueue } from '@inspraak/server-queue';
import { StoredNotificationEvent } from './contract';
import { NotificationEventStore } from './notification-event.store';
import { NotificationLinks } from './notification-links';
import { NotificationSourceRegistry } from './notification-source.registry';
import { dayLabel, mailLocale, typeLabel } from './notification-texts';
import { returnedRows } from './sql';

/** Users per digest page job. */
export const DIGEST_PAGE_SIZE = 500;
export const DIGEST_MAIL_TEMPLATE = 'notifications.digest';
const ZONE = 'Europe/Amsterdam';

/** The local date and hour in the organisation's time zone. */
export function localDayAndHour(now: Date): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

export interface DigestPage {
  fromUserId: string;
  toUserId: string;
}

/**
 * The daily digest. Planning (once per local day, from NOTIFICATION_DIGEST_HOUR): a run row
 * fixes the cutoff; the users with pending digest items are walked by user id in pages of
 * DIGEST_PAGE_SIZE and ONE job per page is enqueued (one addBulk). Each page job stores one
 * digest per user per day (unique (user, day)), marks the items it lists and enqueues the mails
 * (one addBulk per page). Reruns of either step add nothing.
 */
@Injectable()
export class NotificationDigests {
  private readonly logger = new Logger('NotificationDigests');

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly outbox: MailOutbox,
    private readonly registry: NotificationSourceRegistry,
    private readonly events: NotificationEventStore,
    private readonly links: NotificationLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Plans today's digest if it is time and it was not planned yet; returns its page count. */
  async plan(now = new Date(), force = false): Promise<{ day: string; pages: number } | null> {
    const { day, hour } = localDayAndHour(now);
    if (!force && hour < this.config.notificationDigestHour) return null;
    await this.dataSource.query(
      `INSERT INTO notification_digest_run (day, cutoff, pages) VALUES ($1, $2, 0)
       ON CONFLICT (day) DO NOTHING`,
      [day, now],
    );
    const [run] = await this.dataSource.query<{ cutoff: Date | string; pages: number }[]>(
      'SELECT cutoff, pages FROM notification_digest_run WHERE day = $1',
      [day],
    );
    if (!run || run.pages > 0) return null;
    const pages = await this.pages(new Date(run.cutoff));
    await this.queue.addBulk(
      pages.map((p) => ({
        name: 'notifications.digest-page' as const,
        payload: { day, fromUserId: p.fromUserId, toUserId: p.toUserId },
        options: { jobId: `notif-digest-${day}-${p.fromUserId}` },
      })),
    );
    // `pages` > 0 marks the run enqueued (a run with no users stays at 0 and costs one query).
    await this.dataSource.query('UPDATE notification_digest_run SET pages = $2 WHERE day = $1', [
      day,
      pages.length,
    ]);
    this.logger.log(`digest ${day}: ${pages.length} page job(s)`);
    return { day, pages: pages.length };
  }

  /** The users with pending items before `cutoff`, in pages by user id (keyset walk). */
  private async pages(cutoff: Date): Promise<DigestPage[]> {
    const pages: DigestPage[] = [];
    let after: string | null = null;
    for (;;) {
      const rows: { user_id: string }[] = await this.dataSource.query(
        `SELECT user_id FROM notification_digest_item
          WHERE digest_id IS NULL AND created_at < $1
            AND ($2::uuid IS NULL OR user_id > $2::uuid)
          GROUP BY user_id ORDER BY user_id LIMIT $3`,
        [cutoff, after, DIGEST_PAGE_SIZE],
      );
      if (rows.length === 0) break;
      pages.push({ fromUserId: rows[0].user_id, toUserId: rows.at(-1)!.user_id });
      after = rows.at(-1)!.user_id;
      if (rows.length < DIGEST_PAGE_SIZE) break;
    }
    return pages;
  }

  /** Sends the digest of `day` to the users of one page; returns how many mails it stored. */
  async sendPage(day: string, fromUserId: string, toUserId: string): Promise<number> {
    const [run] = await this.dataSource.query<{ cutoff: Date | string }[]>(
      'SELECT cutoff FROM notification_digest_run WHERE day = $1',
      [day],
    );
    if (!run) return 0;
    const cutoff = new Date(run.cutoff);
    const users = await this.dataSource.query<
      { id: string; name: string; locale: string; email: string; active: boolean }[]
    >(
      `SELECT u.id, u.name, u.locale, u.email, u.deactivated_at IS NULL AS active
         FROM app_user u
        WHERE u.id IN (SELECT DISTINCT user_id FROM notification_digest_item
                        WHERE digest_id IS NULL AND created_at < $1
                          AND user_id >= $2 AND user_id <= $3)
        ORDER BY u.id`,
      [cutoff, fromUserId, toUserId],
    );
    // Already stored earlier (a rerun): their mails are dispatched again (same job ids).
    const again = await this.dataSource.query<{ outbox_id: string }[]>(
      `SELECT outbox_id FROM notification_digest
        WHERE day = $1 AND user_id >= $2 AND user_id <= $3 AND outbox_id IS NOT NULL`,
      [day, fromUserId, toUserId],
    );
    const outboxIds = again.map((r) => r.outbox_id);
    for (const user of users) {
      const id = await this.digestFor(user, day, cutoff);
      if (id) outboxIds.push(id);
    }
    await this.outbox.dispatch([...new Set(outboxIds)]);
    return outboxIds.length;
  }

  private async digestFor(
    user: { id: string; name: string; locale: string; email: string; active: boolean },
    day: string,
    cutoff: Date,
  ): Promise<string | null> {
    return this.dataSource.transaction(async (m) => {
      const inserted = await m.query<{ id: string }[]>(
        `INSERT INTO notification_digest (user_id, day) VALUES ($1, $2)
         ON CONFLICT (user_id, day) DO NOTHING RETURNING id`,
        [user.id, day],
      );
      const digestId = inserted[0]?.id;
      // Today's digest of this user exists: later items wait for tomorrow's.
      if (!digestId) return null;
      const items = returnedRows<{ event_id: string }>(
        await m.query(
          `UPDATE notification_digest_item SET digest_id = $2
            WHERE user_id = $1 AND digest_id IS NULL AND created_at < $3
            RETURNING event_id`,
          [user.id, digestId, cutoff],
        ),
      );
      if (!user.active || items.length === 0) return null;
      // Within the transaction's connection (the embedded database has only one).
      const events = await this.events.loadMany(
        items.map((i) => i.event_id),
        m,
      );
      const locale = mailLocale(user.locale);
      const listed = [...events.values()]
        .filter((e) => this.registry.has(e.type))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      if (listed.length === 0) return null;
      const types = [...new Set(listed.map((e) => e.type))];
      const unsubscribe = types.map((t) => ({ type: t, ...this.links.unsubscribe(user.id, t) }));
      const outboxId = outboxIdFor(`notification-digest:${digestId}`);
      await this.outbox.storeKeyed(m, [
        {
          id: outboxId,
          to: user.email,
          locale,
          template: DIGEST_MAIL_TEMPLATE,
          // One-click unsubscribe names one type: only a digest of one type carries it.
          headers: unsubscribe.length === 1 ? unsubscribe[0].headers : null,
          ...digestMail({
            locale,
            name: user.name,
            dayLabel: dayLabel(day, locale),
            items: listed.map((e) => this.item(e, locale, user.id)),
            centreUrl: this.links.url('/meldingen'),
            settingsUrl: this.links.url('/profiel/meldingen'),
            unsubscribe: unsubscribe.map((u) => ({
              typeLabel: typeLabel(u.type, locale),
              url: u.page,
            })),
          }),
        },
      ]);
      await m.query('UPDATE notification_digest SET outbox_id = $2 WHERE id = $1', [
        digestId,
        outboxId,
      ]);
      return outboxId;
    });
  }

  private item(event: StoredNotificationEvent, locale: string, userId: string) {
    const r = this.registry
      .forType(event.type)
      .render(event, locale, { userId, anonymousAuthor: false });
    return { title: r.title, url: this.links.url(r.path) };
  }
}
