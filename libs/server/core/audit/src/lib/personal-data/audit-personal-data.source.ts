import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from './personal-data.registry';

/** Rows in one export's audit section (the newest); a person's own actions rarely come near. */
export const PERSONAL_AUDIT_LIMIT = 10_000;

/**
 * The audit log's share: the actions the person took. Erasure leaves the log as it is (it is
 * append-only and kept for security); the account it names no longer holds a name or address.
 */
@Injectable()
export class AuditPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'auditLog';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject) {
    const rows = await this.dataSource.query<
      {
        action: string;
        result: string;
        object_type: string | null;
        object_id: string | null;
        origin_ip: string | null;
        created_at: Date;
      }[]
    >(
      `SELECT action, result, object_type, object_id, origin_ip, created_at FROM audit_event
        WHERE actor_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [subject.userId, PERSONAL_AUDIT_LIMIT],
    );
    return rows.map((r) => ({
      at: r.created_at.toISOString(),
      action: r.action,
      result: r.result,
      objectType: r.object_type,
      objectId: r.object_id,
      originIp: r.origin_ip,
    }));
  }
}
