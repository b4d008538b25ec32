import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PersonalDataExportOptions,
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';

/**
 * Moderation (C2): the reports the person made. Who reported is shown to nobody, so only the
 * person gets them in their export. Erasure keeps the reports (they count towards hiding); the
 * reporter becomes the nameless account.
 */
@Injectable()
export class ModerationPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'reports';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject, opts: PersonalDataExportOptions) {
    if (!opts.self) return 'Only the person can see the reports they made.';
    const rows = await this.dataSource.query<
      {
        kind: string;
        content_id: string;
        reason: string;
        text: string | null;
        status: string;
        at: Date;
      }[]
    >(
      `SELECT mc.content_kind AS kind, mc.content_id, r.reason, r.text, r.status, r.created_at AS at
         FROM content_report r JOIN moderated_content mc ON mc.id = r.moderated_content_id
        WHERE r.reporter_id = $1 ORDER BY r.created_at, r.id`,
      [subject.userId],
    );
    return rows.map((r) => ({
      content: { kind: r.kind, id: r.content_id },
      reason: r.reason,
      text: r.text,
      status: r.status,
      at: r.at.toISOString(),
    }));
  }
}
