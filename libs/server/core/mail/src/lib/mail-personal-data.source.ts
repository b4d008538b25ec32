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
 * Mail to the person: the outbox keeps subject and status (bodies go once sent) for 30 days;
 * the dev mailbox (embedded mode) keeps whole mails. Erasure deletes both, including mail not
 * sent yet (a job that finds its mail gone ends as `missing`); a mail being handed over to the
 * SMTP server at that moment may still arrive.
 */
@Injectable()
export class MailPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'mail';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject) {
    const rows = await this.dataSource.query<
      {
        template: string;
        subject: string;
        status: string;
        created_at: Date;
        sent_at: Date | null;
      }[]
    >(
      `SELECT template, subject, status, created_at, sent_at FROM mail_outbox
        WHERE recipient = $1 ORDER BY created_at, id`,
      [subject.email],
    );
    return rows.map((r) => ({
      kind: r.template,
      subject: r.subject,
      status: r.status,
      at: r.created_at.toISOString(),
      sentAt: r.sent_at?.toISOString() ?? null,
    }));
  }

  override async erase({ manager: m, subject }: PersonalDataErasure) {
    const outbox = await deleteRows(m, 'mail_outbox', 'recipient', subject.email);
    const devMailbox = await deleteRows(m, 'dev_mail', 'to', subject.email);
    return { mails: outbox, devMailbox };
  }
}
