import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  deleteRows,
  PersonalDataErasure,
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';

/**
 * Notifications (C9): the person's notifications, their choices and their digests. Erasure
 * removes all of them; the events stay (they describe what happened to an input, not to whom).
 */
@Injectable()
export class NotificationPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'notifications';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject) {
    const q = this.dataSource;
    const preferences = await q.query<{ type: string; in_app: boolean; email: string }[]>(
      'SELECT type, in_app, email FROM notification_preference WHERE user_id = $1 ORDER BY type',
      [subject.userId],
    );
    const received = await q.query<
      {
        type: string;
        subject_kind: string;
        subject_id: string;
        data: Record<string, unknown>;
        created_at: Date;
        read_at: Date | null;
      }[]
    >(
      `SELECT e.type, e.subject_kind, e.subject_id, e.data, n.created_at, n.read_at
         FROM notification n JOIN notification_event e ON e.id = n.event_id
        WHERE n.user_id = $1 ORDER BY n.created_at, n.id`,
      [subject.userId],
    );
    const digests = await q.query<{ day: string; items: number }[]>(
      `SELECT d.day::text AS day,
              (SELECT count(*)::int FROM notification_digest_item i WHERE i.digest_id = d.id) AS items
         FROM notification_digest d WHERE d.user_id = $1 ORDER BY d.day`,
      [subject.userId],
    );
    return {
      preferences: preferences.map((p) => ({ type: p.type, inApp: p.in_app, email: p.email })),
      received: received.map((n) => ({
        type: n.type,
        about: { kind: n.subject_kind, id: n.subject_id },
        data: n.data,
        at: n.created_at.toISOString(),
        readAt: n.read_at?.toISOString() ?? null,
      })),
      dailyDigests: digests,
    };
  }

  override async erase({ manager: m, subject }: PersonalDataErasure) {
    const gone = (table: string) => deleteRows(m, table, 'user_id', subject.userId);
    const notifications = await gone('notification');
    const preferences = await gone('notification_preference');
    const queued = await gone('notification_digest_item');
    const digests = await gone('notification_digest');
    return { notifications, preferences, digestItems: queued, digests };
  }
}
