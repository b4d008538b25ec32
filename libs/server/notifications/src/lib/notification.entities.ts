import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '@inspraak/server-identity';

/**
 * One thing that happened and that people hear about (a status change, a merge, an overdue
 * reminder). Emitted by the producer inside the transaction that causes it, idempotent by `key`;
 * the fan-out job pages through its recipients and records its progress here, so a crashed
 * fan-out resumes from `fanoutCursor`.
 */
@Entity('notification_event')
@Index('IDX_notification_event_unfinished', ['createdAt'], { where: `fanout_state <> 'done'` })
export class NotificationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The contract's NotificationType, e.g. `input.status-changed`. */
  @Column({ type: 'varchar', length: 48 })
  type!: string;

  /** The producer's idempotency key (e.g. `feedback:<historyId>`). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  subjectKind!: string;

  @Column({ type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ type: 'uuid', nullable: true })
  trajectoryId!: string | null;

  /** Non-personal data for rendering (ids, status, public texts). */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /** Who caused it (never notified about it); null for system events. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** pending → running (named pages) → named-done (anonymous author next) → done. */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  fanoutState!: string;

  /** The last user id of the named recipients already fanned out (exclusive cursor). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fanoutCursor!: string | null;

  /** The anonymous author (if any) has been given their in-app row and mail. */
  @Column({ type: 'boolean', default: false })
  anonymousDone!: boolean;

  /** Fan-out runs started (each takes a lease; a run whose lease was taken over stops). */
  @Column({ type: 'int', default: 0 })
  fanoutRuns!: number;

  /** While set and in the future, one run is fanning this event out (renewed per page). */
  @Column({ type: 'timestamptz', nullable: true })
  fanoutLeasedUntil!: Date | null;

  /** Named recipients reached so far (for operations). */
  @Column({ type: 'int', default: 0 })
  recipientCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  fanoutDoneAt!: Date | null;
}

/**
 * One in-app notification. Named recipients are stored by `userId`; an anonymous author only by
 * the hash the input already stores (`recipientHash`), never by user id, so nothing here links a
 * person to their anonymous content. Exactly one of the two is set.
 */
@Entity('notification')
@Check('CHK_notification_recipient', `(user_id IS NULL) <> (recipient_hash IS NULL)`)
@Index('UQ_notification_event_user', ['eventId', 'userId'], { unique: true })
@Index('UQ_notification_event_hash', ['eventId', 'recipientHash'], { unique: true })
@Index('IDX_notification_user_newest', ['userId', 'createdAt', 'id'], {
  where: 'user_id IS NOT NULL',
})
@Index('IDX_notification_user_unread', ['userId', 'createdAt', 'id'], {
  where: 'read_at IS NULL AND user_id IS NOT NULL',
})
@Index('IDX_notification_hash_newest', ['recipientHash', 'createdAt', 'id'], {
  where: 'recipient_hash IS NOT NULL',
})
@Index('IDX_notification_hash_latest', ['createdAt'], { where: 'recipient_hash IS NOT NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => NotificationEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: NotificationEventEntity;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  /** The anonymous author's hash as the input stores it. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  recipientHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/** A user's choice per type; a missing row means the type's defaults. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  type!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'boolean' })
  inApp!: boolean;

  /** IMMEDIATE | DAILY_DIGEST | OFF */
  @Column({ type: 'varchar', length: 16 })
  email!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A named recipient's notification that waits for their daily digest mail. `digestId` is set when
 * the digest that lists it is stored. Anonymous authors never get one (it would link them).
 */
@Entity('notification_digest_item')
@Index('IDX_notification_digest_item_pending', ['userId', 'createdAt'], {
  where: 'digest_id IS NULL',
})
export class NotificationDigestItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => NotificationEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: NotificationEventEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  digestId!: string | null;
}

/** One digest mail per user per day (the unique key makes the digest job idempotent). */
@Entity('notification_digest')
@Index('UQ_notification_digest_user_day', ['userId', 'day'], { unique: true })
export class NotificationDigestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The local (Europe/Amsterdam) date of the digest run, `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  day!: string;

  /** The outbox mail, null when nothing was left to list. */
  @Column({ type: 'uuid', nullable: true })
  outboxId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One planned digest run per day: its cutoff and how many page jobs it enqueued. */
@Entity('notification_digest_run')
export class NotificationDigestRunEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** Items created before this moment belong to this run. */
  @Column({ type: 'timestamptz' })
  cutoff!: Date;

  @Column({ type: 'int', default: 0 })
  pages!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const NOTIFICATION_ENTITIES = [
  NotificationEventEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationDigestItemEntity,
  NotificationDigestEntity,
  NotificationDigestRunEntity,
];
