import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeferredMailRegistry, notificationMail, ResolvedMail } from '@inspraak/server-mail';
import { NotificationSource, StoredNotificationEvent } from './contract';
import { NotificationEventStore } from './notification-event.store';
import {
  ANONYMOUS_MAIL_RESOLVER,
  NAMED_MAIL_RESOLVER,
  notificationOutboxId,
} from './notification-fanout.service';
import { NotificationLinks } from './notification-links';
import { NotificationSourceRegistry } from './notification-source.registry';
import { mailLocale, typeLabel } from './notification-texts';
import { effectiveSql, EmailFrequency } from './preferences';

/** Events are immutable: a worker keeps the last few for the mails of a fan-out. */
const EVENT_CACHE_MS = 5 * 60_000;
const EVENT_CACHE_MAX = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Recipient {
  name: string;
  email: string;
  locale: string;
  email_frequency: EmailFrequency;
}

/**
 * Renders notification mails when they are sent (deferred outbox mail), in the recipient's
 * language as it is then:
 * - `notifications.named` (ref `<eventId>:<userId>`): a named recipient of the fan-out;
 * - `notifications.anonymous` (ref `<eventId>`): the anonymous author. The source recomputes
 *   the keyed hash over the users to find the person; the user id lives only in this call — the
 *   outbox row keeps the event id alone, the job payload the outbox id, the logs neither.
 * A recipient who turned the type's mail off (or was deactivated) since is skipped.
 */
@Injectable()
export class NotificationMails implements OnModuleInit {
  private readonly events = new Map<
    string,
    { event: StoredNotificationEvent; source: NotificationSource; until: number }
  >();

  constructor(
    private readonly dataSource: DataSource,
    private readonly deferred: DeferredMailRegistry,
    private readonly registry: NotificationSourceRegistry,
    private readonly store: NotificationEventStore,
    private readonly links: NotificationLinks,
  ) {}

  onModuleInit() {
    this.deferred.register(NAMED_MAIL_RESOLVER, (ref) => this.named(ref));
    this.deferred.register(ANONYMOUS_MAIL_RESOLVER, (ref) => this.anonymous(ref));
  }

  async named(ref: string): Promise<ResolvedMail | null> {
    const [eventId, userId] = ref.split(':');
    if (!UUID.test(eventId ?? '') || !UUID.test(userId ?? '')) return null;
    const found = await this.event(eventId);
    if (!found) return null;
    const user = await this.recipient(userId, found.event);
    if (!user || user.email_frequency === 'OFF') return null;
    return this.render(found, userId, user, false);
  }

  async anonymous(eventId: string): Promise<ResolvedMail | null> {
    const found = await this.event(eventId);
    if (!found) return null;
    const recipient = await found.source.anonymousRecipient(found.event);
    if (!recipient) return null;
    const userId = await found.source.resolveAnonymous(recipient);
    // Nobody (left), or the author caused the event themselves.
    if (!userId || userId === found.event.actorId) return null;
    const user = await this.recipient(userId, found.event);
    // Mail turned off; or they also follow/support their own input and already heard about it
    // by name (each person once per event). A daily digest is not possible for an anonymous
    // author (a digest item would link them to the input), so DAILY_DIGEST mails at once.
    if (!user || user.email_frequency === 'OFF') return null;
    if (await this.namedAlready(found.event.id, userId)) return null;
    return this.render(found, userId, user, true);
  }

  private render(
    found: { event: StoredNotificationEvent; source: NotificationSource },
    userId: string,
    user: Recipient,
    anonymousAuthor: boolean,
  ): ResolvedMail {
    const locale = mailLocale(user.locale);
    const text = found.source.render(found.event, locale, { userId, anonymousAuthor });
    const unsubscribe = this.links.unsubscribe(userId, found.event.type);
    return {
      to: user.email,
      locale,
      headers: unsubscribe.headers,
      ...notificationMail({
        locale,
        name: user.name,
        title: text.title,
        body: text.body,
        url: this.links.url(text.path),
        typeLabel: typeLabel(found.event.type, locale),
        unsubscribeUrl: unsubscribe.page,
      }),
    };
  }

  private async recipient(userId: string, event: StoredNotificationEvent) {
    const pref = effectiveSql(event.type);
    const rows = await this.dataSource.query<Recipient[]>(
      `SELECT u.name, u.email, u.locale, ${pref.email} AS email_frequency
         FROM app_user u
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.type = $2
        WHERE u.id = $1 AND u.deactivated_at IS NULL`,
      [userId, event.type],
    );
    return rows[0] ?? null;
  }

  /** The user was also a named recipient of the event (in-app row, digest item or mail). */
  private async namedAlready(eventId: string, userId: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ named: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM notification WHERE event_id = $1 AND user_id = $2)
           OR EXISTS (SELECT 1 FROM notification_digest_item WHERE event_id = $1 AND user_id = $2)
           OR EXISTS (SELECT 1 FROM mail_outbox WHERE id = $3) AS named`,
      [eventId, userId, notificationOutboxId(eventId, userId)],
    );
    return rows[0]?.named ?? false;
  }

  private async event(eventId: string) {
    const now = Date.now();
    const cached = this.events.get(eventId);
    if (cached && cached.until > now) return cached;
    const event = await this.store.load(eventId);
    if (!event) return null;
    const found = { event, source: this.registry.forType(event.type), until: now + EVENT_CACHE_MS };
    if (this.events.size >= EVENT_CACHE_MAX) this.events.clear();
    this.events.set(eventId, found);
    return found;
  }
}
