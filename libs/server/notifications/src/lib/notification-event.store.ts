import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { StoredNotificationEvent } from './contract';
import { NotificationEventEntity } from './notification.entities';
import { isNotificationType } from './preferences';

export interface EventState extends StoredNotificationEvent {
  fanoutState: string;
  fanoutCursor: string | null;
  anonymousDone: boolean;
}

/** Reads events as the sources see them (`StoredNotificationEvent`). */
@Injectable()
export class NotificationEventStore {
  constructor(private readonly dataSource: DataSource) {}

  async load(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventState | null> {
    const row = await manager.findOne(NotificationEventEntity, { where: { id } });
    return row ? toState(row) : null;
  }

  async loadMany(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, StoredNotificationEvent>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(NotificationEventEntity)
      .createQueryBuilder('e')
      .where('e.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((r) => [r.id, toState(r)]));
  }
}

export function toState(row: NotificationEventEntity): EventState {
  if (!isNotificationType(row.type)) throw new Error(`notifications: stored unknown type`);
  return {
    id: row.id,
    createdAt: row.createdAt,
    type: row.type,
    key: row.key,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    trajectoryId: row.trajectoryId,
    data: row.data ?? {},
    actorId: row.actorId,
    fanoutState: row.fanoutState,
    fanoutCursor: row.fanoutCursor,
    anonymousDone: row.anonymousDone,
  };
}
