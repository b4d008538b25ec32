import { Logger } from '@nestjs/common';
import MailComposer from 'nodemailer/lib/mail-composer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { DataSource } from 'typeorm';
import { AppConfig } from '@inspraak/server-config';
import { DevMailEntity } from './mail.entities';
import { SmtpPool } from './smtp-pool';

/** A rendered mail ready to go out; `id` is the outbox id. */
export interface OutgoingMail {
  id: string;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string> | null;
}

/**
 * Records the mail as sent. Called synchronously by the mailer right before the receiving side
 * can accept the mail (with SMTP: in the same synchronous block as the write of the terminating
 * `<CRLF>.<CRLF>`). Returns null when what it wrote is in the kernel, or a promise that resolves
 * once it is (the mailer holds the dot until then). If it throws, the mail is abandoned.
 */
export type CommitSent = () => Promise<void> | null;

/**
 * Called by the mailer when the message is as good as delivered (with SMTP: the whole message
 * went out except the terminating dot). Prepares the commit (anything asynchronous: checks, a
 * database connection) and returns it. If it throws, the mail is abandoned (with SMTP:
 * unterminated, so the server discards it).
 */
export type BeforeAccept = () => Promise<CommitSent>;

/** Delivers one mail. Chosen by configuration: SMTP when SMTP_URL is set, else the dev mailbox. */
export abstract class Mailer {
  abstract readonly kind: 'smtp' | 'dev-mailbox';
  /**
   * Resolves when the receiving side accepted the mail; throws otherwise. `beforeAccept` runs
   * exactly once before the mail can be accepted (see BeforeAccept).
   */
  abstract send(mail: OutgoingMail, beforeAccept: BeforeAccept): Promise<void>;
  async close(): Promise<void> {}
}

/**
 * SMTP through a small pool of `SMTPConnection`s (nodemailer's connection without its
 * transport): the message is streamed into the DATA phase; its terminating dot is written in
 * the same synchronous block as the outbox commit, right after it, so the server cannot accept a
 * mail the database does not record as sent. See docs/notifications.md, "Exactly-once mail".
 */
export class SmtpMailer extends Mailer {
  readonly kind = 'smtp' as const;
  private readonly pool: SmtpPool;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly hostname: string,
    maxConnections = 3,
  ) {
    super();
    // A small pool: fan-outs reuse connections instead of a handshake per mail.
    this.pool = new SmtpPool({ ...parseConnectionUrl(smtpUrl), name: hostname }, maxConnections);
  }

  async send(mail: OutgoingMail, beforeAccept: BeforeAccept): Promise<void> {
    const node = new MailComposer({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // Derived from the outbox id, so a duplicate (see the remaining window) is recognisable.
      messageId: `<${mail.id}@${this.hostname}>`,
      headers: {
        'Content-Language': mail.locale,
        'Auto-Submitted': 'auto-generated',
        ...(mail.headers ?? {}),
      },
    }).compile();
    const envelope = node.getEnvelope();
    const raw = await node.build();
    await this.pool.send({ from: envelope.from || false, to: envelope.to }, raw, beforeAccept);
  }

  override async close(): Promise<void> {
    this.pool.close();
  }
}

/** Writes mail into the `dev_mail` table; keyed by the outbox id, so a repeat is a no-op. */
export class DevMailboxMailer extends Mailer {
  readonly kind = 'dev-mailbox' as const;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async send(mail: OutgoingMail, beforeAccept: BeforeAccept): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DevMailEntity)
      .values({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html })
      .orIgnore()
      .execute();
    const commit = await beforeAccept();
    await commit();
  }
}

export function createMailer(config: AppConfig, dataSource: DataSource): Mailer {
  if (config.smtpUrl) {
    const host = new URL(config.publicUrl).hostname || 'inspraak.local';
    return new SmtpMailer(config.smtpUrl, config.mailFrom, host);
  }
  if (config.isProduction) {
    new Logger('Mailer').warn('SMTP_URL is not set: mail goes to the dev mailbox only');
  }
  return new DevMailboxMailer(dataSource);
}
