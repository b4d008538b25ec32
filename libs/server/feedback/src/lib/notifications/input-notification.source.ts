import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeedbackStatus } from '@inspraak/contracts';
import { AnonymousAuthorService } from '@inspraak/server-inputs';
import {
  AnonymousRecipient,
  NotificationReader,
  NotificationSource,
  NotificationSourceRegistry,
  RecipientPage,
  RenderedNotification,
  StoredNotificationEvent,
} from '@inspraak/server-notifications';
import { visibleToUserSql } from '@inspraak/server-trajectories';
import { FeedbackKindRegistry } from '../kinds/feedback-kind.registry';

/** Users per page when the anonymous author is looked up (hash recomputed per user). */
const HASH_PAGE = 2_000;

const STATUS_TEXT: Record<string, { nl: string; en: string }> = {
  [FeedbackStatus.UNDER_CONSIDERATION]: { nl: 'wordt overwogen', en: 'is under consideration' },
  [FeedbackStatus.PLANNED]: { nl: 'is ingepland', en: 'is planned' },
  [FeedbackStatus.IN_PROGRESS]: { nl: 'wordt uitgevoerd', en: 'is in progress' },
  [FeedbackStatus.DONE]: { nl: 'is uitgevoerd', en: 'was carried out' },
  [FeedbackStatus.NOT_ADOPTED]: { nl: 'is niet overgenomen', en: 'was not adopted' },
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Recipients and texts of `input.status-changed` and `input.merged`: the input's named author,
 * supporters, named commenters and followers, each once (one UNION query, paged by user id),
 * minus the actor, only those who can still see the input (the trajectory's visibility rule and
 * the kind's audience; for a hidden or withdrawn input only its author). An anonymous author is
 * never named: the source hands out the input's hash, resolved to a person only at send time.
 * For a merge the subject is the merged input; its author and commenters hear where it went, and
 * so do the supporters and followers the surviving input now has.
 */
@Injectable()
export class InputNotificationSource implements NotificationSource, OnModuleInit {
  readonly types = ['input.status-changed', 'input.merged'] as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: NotificationSourceRegistry,
    private readonly kinds: FeedbackKindRegistry,
    private readonly anonymous: AnonymousAuthorService,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  async recipients(
    event: StoredNotificationEvent,
    after: string | null,
    limit: number,
  ): Promise<RecipientPage> {
    const merged = event.type === 'input.merged';
    const intoId = merged ? str(event.data['intoId']) || null : null;
    const visible = this.kinds.visibleSql('i', 'r.user_id', visibleToUserSql);
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT r.user_id FROM (
         SELECT author_id AS user_id FROM input WHERE id = $1 AND author_id IS NOT NULL
         UNION SELECT author_id FROM input_comment
               WHERE input_id = $1 AND author_id IS NOT NULL AND deleted_at IS NULL
         UNION SELECT user_id FROM input_support WHERE input_id = COALESCE($5::uuid, $1)
         UNION SELECT user_id FROM input_follow WHERE input_id = COALESCE($5::uuid, $1)
       ) r
       JOIN input i ON i.id = $1
       JOIN app_user u ON u.id = r.user_id AND u.deactivated_at IS NULL
       WHERE ($2::uuid IS NULL OR r.user_id > $2::uuid)
         AND r.user_id IS DISTINCT FROM $3::uuid
         AND (r.user_id = i.author_id
              OR (i.status = 'ACTIVE' AND NOT i.hidden AND (u.role = 'ADMIN' OR ${visible})))
       ORDER BY r.user_id
       LIMIT $4`,
      [event.subjectId, after, event.actorId, limit + 1, intoId],
    );
    const page = rows.slice(0, limit).map((r) => r.user_id);
    return { userIds: page, next: rows.length > limit ? page[page.length - 1] : null };
  }

  async anonymousRecipient(event: StoredNotificationEvent): Promise<AnonymousRecipient | null> {
    const rows = await this.dataSource.query<{ author_hash: string | null }[]>(
      'SELECT author_hash FROM input WHERE id = $1',
      [event.subjectId],
    );
    const hash = rows[0]?.author_hash;
    return hash ? { contentId: event.subjectId, authorHash: hash } : null;
  }

  /** Recomputes the keyed hash over the active users, a page at a time; the match is not kept. */
  async resolveAnonymous(recipient: AnonymousRecipient): Promise<string | null> {
    let after: string | null = null;
    for (;;) {
      const users: { id: string }[] = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM app_user WHERE deactivated_at IS NULL AND ($1::uuid IS NULL OR id > $1::uuid)
         ORDER BY id LIMIT $2`,
        [after, HASH_PAGE],
      );
      for (const u of users) {
        if (this.anonymous.isAuthor(u.id, recipient.contentId, recipient.authorHash)) return u.id;
      }
      if (users.length < HASH_PAGE) return null;
      after = users[users.length - 1].id;
    }
  }

  /**
   * The anonymous inputs `userId` wrote that have feedback (only those have notifications), by
   * recomputing their hash: like "my ideas", nothing stored links the user to them.
   */
  async anonymousContentOf(userId: string): Promise<AnonymousRecipient[]> {
    const found: AnonymousRecipient[] = [];
    let after: string | null = null;
    for (;;) {
      const rows: { id: string; author_hash: string }[] = await this.dataSource.query<
        { id: string; author_hash: string }[]
      >(
        `SELECT id, author_hash FROM input
         WHERE author_hash IS NOT NULL AND feedback_status <> 'RECEIVED'
           AND ($1::uuid IS NULL OR id > $1::uuid)
         ORDER BY id LIMIT $2`,
        [after, HASH_PAGE],
      );
      for (const r of rows) {
        if (this.anonymous.isAuthor(userId, r.id, r.author_hash)) {
          found.push({ contentId: r.id, authorHash: r.author_hash });
        }
      }
      if (rows.length < HASH_PAGE) return found;
      after = rows[rows.length - 1].id;
    }
  }

  render(
    event: StoredNotificationEvent,
    locale: string,
    reader?: NotificationReader,
  ): RenderedNotification {
    const en = locale === 'en';
    const kind = str(event.data['kind']);
    const noun = this.kinds.kinds().includes(kind)
      ? this.kinds.definition(kind).noun
      : { nl: 'inbreng', en: 'input' };
    // The author is addressed personally: reached by hash (anonymous), or the named author the
    // event names (events never name an anonymous author).
    const author =
      !!reader &&
      (reader.anonymousAuthor ||
        (reader.userId !== null && reader.userId === str(event.data['authorId'])));
    // "het idee" → "je idee"; "idea" → "your idea".
    const subject = author
      ? { nl: `je ${noun.nl.replace(/^(de|het)\s+/, '')}`, en: `your ${noun.en}` }
      : { nl: noun.nl, en: `the ${noun.en}` };
    const title = str(event.data['title']);
    const path = str(event.data['path']) || '/';
    const body = str(event.data['text']) || null;
    if (event.type === 'input.merged') {
      const into = str(event.data['intoTitle']);
      return {
        title: en
          ? `${capitalise(subject.en)} ‘${title}’ was merged into ‘${into}’`
          : `${capitalise(subject.nl)} ‘${title}’ is samengevoegd met ‘${into}’`,
        body,
        path,
      };
    }
    const status = STATUS_TEXT[str(event.data['status'])] ?? {
      nl: 'heeft een reactie',
      en: 'has a response',
    };
    const update = event.data['status'] === event.data['previousStatus'];
    return {
      title: en
        ? update
          ? `Update on ${subject.en} ‘${title}’`
          : `${capitalise(subject.en)} ‘${title}’ ${status.en}`
        : update
          ? `Nieuws over ${subject.nl} ‘${title}’`
          : `${capitalise(subject.nl)} ‘${title}’ ${status.nl}`,
      body,
      path,
    };
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
