import { Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppConfig } from '@inspraak/server-config';
import { DevMailEntity } from './mail.entities';

/** A rendered mail ready to go out; `id` is the outbox id. */
export interface OutgoingMail {
  id: string;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
}

/** Delivers one mail. Chosen by configuration: SMTP when SMTP_URL is set, else the dev mailbox. */
export abstract class Mailer {
  abstract readonly kind: 'smtp' | 'dev-mailbox';
  /** Resolves when the receiving server accepted the mail; throws otherwise. */
  abstract send(mail: OutgoingMail): Promise<void>;
  async close(): Promise<void> {}
}

export class SmtpMailer extends Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly hostname: string,
  ) {
    super();
    // A small pool: fan-outs reuse connections instead of a handshake per mail.
    this.transport = createTransport({ url: smtpUrl, pool: true, maxConnections: 3 });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // Derived from the outbox id: if the at-least-once window ever sends a mail twice, the
      // receiving side can recognise the duplicate.
      messageId: `<${mail.id}@${this.hostname}>`,
      headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
    });
  }

  override async close(): Promise<void> {
    this.transport.close();
  }
}

/** Writes mail into the `dev_mail` table; keyed by the outbox id, so a repeat is a no-op. */
export class DevMailboxMailer extends Mailer {
  readonly kind = 'dev-mailbox' as const;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DevMailEntity)
      .values({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html })
      .orIgnore()
      .execute();
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
