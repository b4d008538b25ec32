import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Durable job table of the embedded job driver: jobs survive a crash of the one process and are
 * picked up again when their lock expires, like BullMQ's stalled-job recovery.
 */
@Entity('queue_job')
@Index('ix_queue_job_due', ['status', 'runAt'])
export class QueueJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Deduplication key (EnqueueOptions.jobId). */
  @Index('uq_queue_job_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  jobKey!: string | null;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  /** waiting | active | completed | failed */
  @Column({ type: 'varchar', length: 16, default: 'waiting' })
  status!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'int' })
  maxAttempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  runAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('queue_schedule')
export class QueueScheduleEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ type: 'int' })
  maxAttempts!: number;

  @Column({ type: 'int' })
  everyMs!: number;

  @Column({ type: 'timestamptz' })
  nextRunAt!: Date;
}

export const QUEUE_ENTITIES = [QueueJobEntity, QueueScheduleEntity];
