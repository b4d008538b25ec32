import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AnonymousRecipient,
  NotificationSource,
  NotificationSourceRegistry,
  RecipientPage,
  RenderedNotification,
  StoredNotificationEvent,
} from '@inspraak/server-notifications';

/** The web path of the moderator inbox of one trajectory (overdue first). */
export const inboxPath = (trajectoryId: string) =>
  `/terugkoppeling?traject=${trajectoryId}&telaat=1`;

/**
 * `feedback.overdue`: the daily reminder per trajectory goes to the people who answer for it —
 * its owner (the innovation manager) and project leads. Moderators are not reminded of every
 * trajectory in the organisation (they see the overdue count in their inbox); see
 * docs/feedback.md.
 */
@Injectable()
export class OverdueNotificationSource implements NotificationSource, OnModuleInit {
  readonly types = ['feedback.overdue'] as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: NotificationSourceRegistry,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  async recipients(
    event: StoredNotificationEvent,
    after: string | null,
    limit: number,
  ): Promise<RecipientPage> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT r.user_id FROM (
         SELECT owner_id AS user_id FROM trajectory WHERE id = $1
         UNION SELECT user_id FROM trajectory_member
               WHERE trajectory_id = $1 AND role IN ('OWNER', 'PROJECT_LEAD')
       ) r
       JOIN app_user u ON u.id = r.user_id AND u.deactivated_at IS NULL
       WHERE ($2::uuid IS NULL OR r.user_id > $2::uuid) AND r.user_id IS DISTINCT FROM $3::uuid
       ORDER BY r.user_id LIMIT $4`,
      [event.subjectId, after, event.actorId, limit + 1],
    );
    const page = rows.slice(0, limit).map((r) => r.user_id);
    return { userIds: page, next: rows.length > limit ? page[page.length - 1] : null };
  }

  anonymousRecipient(): Promise<AnonymousRecipient | null> {
    return Promise.resolve(null);
  }

  resolveAnonymous(): Promise<string | null> {
    return Promise.resolve(null);
  }

  anonymousContentOf(): Promise<AnonymousRecipient[]> {
    return Promise.resolve([]);
  }

  render(event: StoredNotificationEvent, locale: string): RenderedNotification {
    const count = Number(event.data['count']) || 0;
    const trajectory =
      typeof event.data['trajectoryTitle'] === 'string' ? event.data['trajectoryTitle'] : '';
    const path = inboxPath(event.subjectId);
    if (locale === 'en') {
      return {
        title: `${count} ${count === 1 ? 'input waits' : 'inputs wait'} past the response time in ‘${trajectory}’`,
        body: 'Answer them in the feedback inbox.',
        path,
      };
    }
    return {
      title: `${count} ${count === 1 ? 'inbreng wacht' : 'inbrengen wachten'} langer dan de reactietermijn in ‘${trajectory}’`,
      body: 'Beantwoord ze in de terugkoppel-inbox.',
      path,
    };
  }
}
