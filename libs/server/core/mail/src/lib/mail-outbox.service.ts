import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { JobQueue } from '@inspraak/server-queue';
import { MailOutboxEntity } from './mail.entities';
import { RenderedMail } from './templates/compose';

export interface NewMail extends RenderedMail {
  to: string;
  locale: string;
  template: string;
}

/** A mail with a caller-chosen (deterministic) outbox id, stored at most once. */
export interface KeyedMail extends NewMail {
  id: string;
  headers?: Record<string, string> | null;
}

/**
 * A mail whose recipient and text are resolved only when it is sent, by the DeferredMailRegistry
 * entry `resolver` with `ref` (an id). Nothing about the recipient is stored.
 */
export interface DeferredMail {
  id: string;
  template: string;
  resolver: string;
  ref: string;
}

export const mailJobId = (outboxId: string) => `mail-${outboxId}`;

/**
 * A deterministic outbox id (a UUID, version 5 style, from SHA-256) for a key such as
 * `notification:<eventId>:<userId>`: storing the same key again is a no-op and the id is known
 * without a lookup.
 */
export function outboxIdFor(key: string): string {
  const h = createHash('sha256').update(`inspraak:mail-outbox:${key}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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

  /**
   * Stores mails with known ids in one statement; ids already stored are left alone (a rerun of
   * the same fan-out page stores nothing new).
   */
  async storeKeyed(manager: EntityManager, mails: KeyedMail[]): Promise<void> {
    if (mails.length === 0) return;
    await manager.query(
      `INSERT INTO mail_outbox (id, recipient, locale, template, subject, text, html, headers)
       SELECT t.id, t.recipient, t.locale, t.template, t.subject, t.text, t.html, t.headers::jsonb
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[],
                     $6::text[], $7::text[], $8::text[])
           AS t(id, recipient, locale, template, subject, text, html, headers)
       ON CONFLICT (id) DO NOTHING`,
      [
        mails.map((m) => m.id),
        mails.map((m) => m.to),
        mails.map((m) => m.locale),
        mails.map((m) => m.template),
        mails.map((m) => m.subject),
        mails.map((m) => m.text),
        mails.map((m) => m.html),
        mails.map((m) => (m.headers ? JSON.stringify(m.headers) : null)),
      ],
    );
  }

  /** Stores deferred mails (no recipient, no text) in one statement, each at most once. */
  async storeDeferred(manager: EntityManager, mails: DeferredMail[]): Promise<void> {
    if (mails.length === 0) return;
    await manager.query(
      `INSERT INTO mail_outbox (id, locale, template, resolver, resolver_ref)
       SELECT t.id, '', t.template, t.resolver, t.ref
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[])
           AS t(id, template, resolver, ref)
       ON CONFLICT (id) DO NOTHING`,
      [
        mails.map((m) => m.id),
        mails.map((m) => m.template),
        mails.map((m) => m.resolver),
        mails.map((m) => m.ref),
      ],
    );
  }

  async dispatch(outboxIds: string[]): Promise<void> {
    if (outboxIds.length === 0) return;
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
