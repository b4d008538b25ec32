import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AnonymousRecipient,
  NOTIFICATION_TYPES,
  NotificationSource,
  NotificationSourceRegistry,
  RecipientPage,
  RenderedNotification,
  StoredNotificationEvent,
} from '@inspraak/server-notifications';

/**
 * A test-only NotificationSource: the recipients of an event are the users whose e-mail starts
 * with `data.prefix`, paged by user id. With `data.repeat` it names the last user of a page again
 * at the start of the next page (a source that does not deduplicate). `data.anonymousHash` names
 * an anonymous author, resolved through `anonymousAuthors` (kept in this process only, as the
 * real source keeps the hash key in APP_SECRET).
 */
export class TestNotificationSource implements NotificationSource {
  readonly types = NOTIFICATION_TYPES;
  /** hash → user id, the test's stand-in for recomputing the keyed hash. */
  readonly anonymousAuthors = new Map<string, { userId: string; contentId: string }>();
  /** Counts calls, so tests can see how many pages a fan-out asked for. */
  pagesAsked = 0;

  constructor(private readonly dataSource: DataSource) {}

  async recipients(
    event: StoredNotificationEvent,
    after: string | null,
    limit: number,
  ): Promise<RecipientPage> {
    this.pagesAsked++;
    const prefix = typeof event.data.prefix === 'string' ? event.data.prefix : '';
    if (!prefix) return { userIds: [], next: null };
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email LIKE $1 AND ($2::uuid IS NULL OR id > $2::uuid)
         AND ($3::uuid IS NULL OR id <> $3::uuid)
       ORDER BY id LIMIT $4`,
      [`${prefix}%`, after, event.actorId, limit],
    );
    const userIds = rows.map((r) => r.id);
    if (event.data.repeat && after) userIds.unshift(after);
    return { userIds, next: rows.length === limit ? rows.at(-1)!.id : null };
  }

  async anonymousRecipient(event: StoredNotificationEvent): Promise<AnonymousRecipient | null> {
    const hash = event.data.anonymousHash;
    return typeof hash === 'string' ? { contentId: event.subjectId, authorHash: hash } : null;
  }

  async resolveAnonymous(recipient: AnonymousRecipient): Promise<string | null> {
    return this.anonymousAuthors.get(recipient.authorHash)?.userId ?? null;
  }

  async anonymousContentOf(userId: string): Promise<AnonymousRecipient[]> {
    return [...this.anonymousAuthors]
      .filter(([, a]) => a.userId === userId)
      .map(([authorHash, a]) => ({ contentId: a.contentId, authorHash }));
  }

  render(event: StoredNotificationEvent, locale: string): RenderedNotification {
    const title = typeof event.data.title === 'string' ? event.data.title : 'x';
    return {
      title: locale === 'en' ? `Update on ‘${title}’` : `Nieuws over ‘${title}’`,
      body: typeof event.data.body === 'string' ? event.data.body : null,
      path: `/ideeen/${event.subjectId}`,
    };
  }
}

/** Registers a TestNotificationSource ahead of the real sources (for a worker process). */
@Injectable()
class TestSourceInstaller implements OnModuleInit {
  constructor(
    private readonly registry: NotificationSourceRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.registry.override(new TestNotificationSource(this.dataSource));
  }
}

@Module({ providers: [TestSourceInstaller] })
export class TestNotificationSourceModule {}

/** Overrides the sources of every given app context (API, worker) with one test source. */
export function installTestSource(
  dataSource: DataSource,
  ...registries: NotificationSourceRegistry[]
): TestNotificationSource {
  const source = new TestNotificationSource(dataSource);
  for (const r of new Set(registries)) r.override(source);
  return source;
}
