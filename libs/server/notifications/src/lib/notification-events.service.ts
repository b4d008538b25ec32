import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobQueue } from '@inspraak/server-queue';
import { NOTIFICATION_TYPES, NotificationEventInput, NotificationEvents } from './contract';

export const fanoutJobId = (eventId: string) => `notif-fanout-${eventId}`;

/**
 * The producers' side: `emit` stores the event in the producer's transaction (idempotent by key),
 * `dispatch` enqueues the fan-out after commit. A dispatch lost to a crash between commit and
 * enqueue is repaired by the `notifications.sweep` schedule.
 */
@Injectable()
export class NotificationEventsService extends NotificationEvents {
  constructor(private readonly queue: JobQueue) {
    super();
  }

  async emit(manager: EntityManager, event: NotificationEventInput): Promise<string> {
    if (!NOTIFICATION_TYPES.includes(event.type)) {
      throw new Error(`notifications: unknown type "${event.type}"`);
    }
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO notification_event
              (type, key, subject_kind, subject_id, trajectory_id, data, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [
        event.type,
        event.key,
        event.subjectKind,
        event.subjectId,
        event.trajectoryId,
        JSON.stringify(event.data ?? {}),
        event.actorId,
      ],
    );
    if (inserted[0]?.id) return inserted[0].id;
    const existing = await manager.query<{ id: string }[]>(
      'SELECT id FROM notification_event WHERE key = $1',
      [event.key],
    );
    return existing[0].id;
  }

  async dispatch(eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await this.queue.addBulk(
      [...new Set(eventIds)].map((eventId) => ({
        name: 'notifications.fanout' as const,
        payload: { eventId },
        options: { jobId: fanoutJobId(eventId) },
      })),
    );
  }
}
