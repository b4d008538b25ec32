import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * Every mail the platform sends is first rendered and stored here, in the same transaction as
 * the change that causes it; a `mail.send` job (payload: this id) then delivers it. The bodies
 * are cleared once the mail is sent (they may hold one-time links); the row itself is deleted
 * 30 days later.
 */
@Entity('mail_outbox')
@Index(['status', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /**
   * Recipient address. Null for a deferred mail (`resolver` set): its recipient is resolved and
   * the mail rendered only when it is sent (an anonymous author), and neither is stored.
   */
  @Column({ type: 'varchar', length: 320, nullable: true })
  recipient!: string | null;

  @Column({ type: 'varchar', length: 5 })
  locale!: string;

  /** Which template rendered it (e.g. `identity.invitation`), for operations and tests. */
  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  /** Extra headers (List-Unsubscribe); cleared with the bodies once the mail is out. */
  @Column({ type: 'jsonb', nullable: true })
  headers!: Record<string, string> | null;

  /** A deferred mail's DeferredMailRegistry entry, which renders it at send time. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  resolver!: string | null;

  /** The resolver's reference (an id, never personal data). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  resolverRef!: string | null;

  /** pending | sent | failed | skipped (a deferred mail with nobody to send it to) */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: string;

  /** Delivery attempts started (a lease is taken for each). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** While set and in the future, one worker is delivering this mail. */
  @Column({ type: 'timestamptz', nullable: true })
  leasedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError!: string | null;
}

/**
 * The dev mailbox: where mail goes when no SMTP_URL is set (embedded mode, development). Admins
 * read it through the `devMailbox` query, which production refuses.
 */
@Entity('dev_mail')
@Index(['createdAt', 'id'])
export class DevMailEntity {
  /** The outbox id: writing the same mail twice is a no-op. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 320 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const MAIL_ENTITIES = [MailOutboxEntity, DevMailEntity];
