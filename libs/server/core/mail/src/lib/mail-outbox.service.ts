import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JobQueue } from '@inspraak/server-queue';
import { MailOutboxEntity } from './mail.entities';
import { RenderedMail } from './templates/compose';

export interface NewMail extends RenderedMail {
  to: string;
  locale: string;
  template: string;
}

export const mailJobId = (outboxId: string) => `mail-${outboxId}`;

/**
 * How other modules send mail: `store` inside the transaction that causes the mail, then
 * `dispatch` after it committed (never enqueue inside a transaction: the embedded database runs
 * one transaction at a time). A lost dispatch is repaired by the `mail.sweep` job.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  async store(mail: NewMail, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const result = await manager.insert(MailOutboxEntity, {
      recipient: mail.to,
      locale: mail.locale,
      template: mail.template,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  async dispatch(outboxIds: string[]): Promise<void> {
    await this.queue.addBulk(
      outboxIds.map((outboxId) => ({
        name: 'mail.send' as const,
        payload: { outboxId },
        options: { jobId: mailJobId(outboxId) },
      })),
    );
  }

  /** Stores and dispatches at once, for mail that is not tied to another change. */
  async send(mail: NewMail): Promise<string> {
    const id = await this.store(mail);
    await this.dispatch([id]);
    return id;
  }
}
