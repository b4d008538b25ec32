import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from './audit-event.entity';

export type NewAuditEvent = Pick<
  AuditEventEntity,
  'actorId' | 'action' | 'objectType' | 'objectId' | 'result' | 'originIp' | 'details'
>;

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts in the caller's transaction when given one, so the event commits with the change. */
  async insert(event: NewAuditEvent, manager?: EntityManager): Promise<void> {
    // jsonb column: TypeORM's deep-partial type does not model free-form objects.
    await (manager ?? this.dataSource.manager).insert(
      AuditEventEntity,
      event as QueryDeepPartialEntity<AuditEventEntity>,
    );
  }

  /** Newest first, for an export (bounded: an export is a download, not a backup). */
  forExport(opts: { action?: string; limit: number }): Promise<AuditEventEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(opts.limit);
    if (opts.action) qb.andWhere('e.action = :action', { action: opts.action });
    return qb.getMany();
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  page(opts: {
    limit: number;
    action?: string;
    after?: { createdAt: string; id: string } | null;
  }): Promise<AuditEventEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(opts.limit);
    if (opts.action) qb.andWhere('e.action = :action', { action: opts.action });
    if (opts.after) {
      qb.andWhere('(e.created_at, e.id) < (:afterAt, :afterId)', {
        afterAt: opts.after.createdAt,
        afterId: opts.after.id,
      });
    }
    return qb.getMany();
  }
}
