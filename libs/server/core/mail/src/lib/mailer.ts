import { Logger } from '@nestjs/common';
import MailComposer from 'nodemailer/lib/mail-composer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { DataSource } from 'typeorm';
import { AppConfig } from '@inspraak/server-config';
import { DevMailEntity } from './mail.entities';
import { MailSenderClient, mailSenderToken } from './mail-sender';
import { DeliveryReceipt, OutboxRecorder, PgPoolLike, sendRecorded } from './outbox-recorder';
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

/**
 * Delivers one mail and records the outcome in its outbox row. Chosen by configuration: with
 * SMTP_URL, the mail sender process when MAIL_SENDER_URL is set, else SMTP from this process;
 * without SMTP_URL the dev mailbox.
 */
export abstract class Mailer {
  abstract readonly kind: 'smtp' | 'mail-sender' | 'dev-mailbox';
  /**
   * Resolves when the receiving side accepted the mail and the row records it as sent. Throws
   * otherwise: MailNotAcceptedError-like failures have put the row back to pending (or failed);
   * MailOutcomeUnknownError leaves the row to the lease (the sender finishes and records).
   */
  abstract deliver(mail: OutgoingMail, receipt: DeliveryReceipt): Promise<void>;
  async close(): Promise<void> {}
}

/** The raw message and its envelope, as SMTP sends it. */
async function compose(
  mail: OutgoingMail,
  from: string,
  hostname: string,
): Promise<{ envelope: { from: string | false; to: string[] }; raw: Buffer }> {
  const node = new MailComposer({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // Derived from the outbox id, so a duplicate (see the remaining window) is recognisable.
    messageId: `<${mail.id}@${hostname}>`,
    headers: {
      'Content-Language': mail.locale,
      'Auto-Submitted': 'auto-generated',
      ...(mail.headers ?? {}),
    },
  }).compile();
  const envelope = node.getEnvelope();
  return { envelope: { from: envelope.from || false, to: envelope.to }, raw: await node.build() };
}

/**
 * SMTP from this process through a small pool of `SMTPConnection`s (nodemailer's connection
 * without its transport): the message is streamed into the DATA phase; its terminating dot is
 * written in the same synchronous block as the outbox commit, right after it, so the server
 * cannot accept a mail the database does not record as sent. A kill of this process between the
 * two writes still loses the mail; MAIL_SENDER_URL moves the pair into a process of its own.
 * See docs/notifications.md, "Exactly-once mail".
 */
export class SmtpMailer extends Mailer {
  readonly kind = 'smtp' as const;
  private readonly pool: SmtpPool;
  private readonly logger = new Logger('Mailer');

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly hostname: string,
    maxConnections = 3,
    /** Records deliveries in the outbox; without, only `send` (tests of the pool) works. */
    private readonly recorder: OutboxRecorder | null = null,
  ) {
    super();
    // A small pool: fan-outs reuse connections instead of a handshake per mail.
    this.pool = new SmtpPool({ ...parseConnectionUrl(smtpUrl), name: hostname }, maxConnections);
  }

  async deliver(mail: OutgoingMail, receipt: DeliveryReceipt): Promise<void> {
    if (!this.recorder) throw new Error('SmtpMailer without an outbox recorder');
    const { envelope, raw } = await compose(mail, this.from, this.hostname);
    await sendRecorded(
      this.recorder,
      receipt,
      (beforeAccept) => this.pool.send(envelope, raw, beforeAccept),
      (m) => this.logger.error(m),
    );
  }

  /** Sends without an outbox row: `beforeAccept` gives the commit (tests of the pool). */
  async send(mail: OutgoingMail, beforeAccept: BeforeAccept): Promise<void> {
    const { envelope, raw } = await compose(mail, this.from, this.hostname);
    await this.pool.send(envelope, raw, beforeAccept);
  }

  override async close(): Promise<void> {
    this.pool.close();
  }
}

/** Hands each mail to the mail sender process (MAIL_SENDER_URL), which sends and records it. */
export class MailSenderMailer extends Mailer {
  readonly kind = 'mail-sender' as const;
  private readonly client: MailSenderClient;

  constructor(
    url: string,
    token: string,
    private readonly from: string,
    private readonly hostname: string,
  ) {
    super();
    this.client = new MailSenderClient(url, token);
  }

  async deliver(mail: OutgoingMail, receipt: DeliveryReceipt): Promise<void> {
    const { envelope, raw } = await compose(mail, this.from, this.hostname);
    await this.client.send(receipt, envelope, raw);
  }

  override async close(): Promise<void> {
    this.client.close();
  }
}

/** Writes mail into the `dev_mail` table; keyed by the outbox id, so a repeat is a no-op. */
export class DevMailboxMailer extends Mailer {
  readonly kind = 'dev-mailbox' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: OutboxRecorder,
  ) {
    super();
  }

  async deliver(mail: OutgoingMail, receipt: DeliveryReceipt): Promise<void> {
    try {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(DevMailEntity)
        .values({
          id: mail.id,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        })
        .orIgnore()
        .execute();
    } catch (e) {
      await this.recorder.fail(
        receipt.outboxId,
        receipt.lease,
        e instanceof Error ? e.message : String(e),
        receipt.finalAttempt,
      );
      throw e;
    }
    await this.recorder.confirm(receipt.outboxId, receipt.lease, null, receipt.storedBodies);
  }
}

/**
 * The node-postgres pool behind a TypeORM data source (the postgres driver's `master`), looked
 * up at each use: the data source may connect after the mailer was made.
 */
export function pgPoolOf(dataSource: DataSource): PgPoolLike {
  const master = () => {
    const pool = (dataSource.driver as unknown as { master?: PgPoolLike }).master;
    if (!pool) throw new Error('the data source has no node-postgres pool');
    return pool;
  };
  return {
    connect: () => master().connect(),
    query: (text, values) => master().query(text, values),
  };
}

export function createMailer(config: AppConfig, dataSource: DataSource): Mailer {
  const host = new URL(config.publicUrl).hostname || 'inspraak.local';
  const recorder = new OutboxRecorder(pgPoolOf(dataSource));
  if (!config.smtpUrl) {
    if (config.isProduction) {
      new Logger('Mailer').warn('SMTP_URL is not set: mail goes to the dev mailbox only');
    }
    return new DevMailboxMailer(dataSource, recorder);
  }
  if (config.mailSenderUrl) {
    return new MailSenderMailer(
      config.mailSenderUrl,
      mailSenderToken(config.appSecret),
      config.mailFrom,
      host,
    );
  }
  return new SmtpMailer(config.smtpUrl, config.mailFrom, host, 3, recorder);
}
