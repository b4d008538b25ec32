import {
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
import { BaseEntity } from '@inspraak/server-database';
import { FeedbackLinkValue, InputEntity } from '@inspraak/server-inputs';
import { TrajectoryEntity } from '@inspraak/server-trajectories';

/**
 * One status change or response of an input's feedback, append-only. The input row holds the
 * current state; this is the full history the author and the board read. An idempotency key
 * (the client's, or `bulk:<jobId>` for bulk answering) makes a retried call add nothing.
 */
@Entity('input_feedback')
@Index('ix_input_feedback_input', ['inputId', 'createdAt', 'id'])
@Index('uq_input_feedback_key', ['inputId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
export class InputFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  inputId!: string;

  @ManyToOne(() => InputEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'input_id' })
  input?: InputEntity;

  /** A FeedbackStatus. */
  @Column({ type: 'varchar', length: 24 })
  status!: string;

  @Column({ type: 'varchar', length: 24 })
  previousStatus!: string;

  /** The public text given with this change (null: a status change without text). */
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  /** The moderator or team member (no foreign key: history outlives accounts). */
  @Column({ type: 'uuid', nullable: true })
  responderId!: string | null;

  /** Links given with this change (null: none given, the previous links stay current). */
  @Column({ type: 'jsonb', nullable: true })
  links!: FeedbackLinkValue[] | null;

  /** For MERGED: the surviving input. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A response template: organisation-wide (no trajectory) or of one trajectory. */
@Entity('feedback_template')
@Index('ix_feedback_template_trajectory', ['trajectoryId', 'title'])
export class FeedbackTemplateEntity extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  trajectoryId!: string | null;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'varchar', length: 150 })
  title!: string;

  /** The FeedbackStatus the template is written for. */
  @Column({ type: 'varchar', length: 24 })
  status!: string;

  /** May contain {titel} / {title}, replaced by the input's title. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** A bulk answer: one status and text for many inputs, answered inline (≤ 25) or as a job. */
@Entity('feedback_bulk_job')
@Index('ix_feedback_bulk_job_actor', ['actorId', 'createdAt'])
export class FeedbackBulkJobEntity extends BaseEntity {
  /** Who started it; the answers are theirs. */
  @Column({ type: 'uuid' })
  actorId!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  originIp!: string | null;

  /** QUEUED | RUNNING | DONE | FAILED */
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: string;

  /** The text (a template's, placeholders not yet filled in). */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'int', default: 0 })
  done!: number;

  @Column({ type: 'int', default: 0 })
  failed!: number;

  /** The first errors (input id and code), at most 50. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** One input of a bulk job; PENDING until its own transaction answered it (or refused). */
@Entity('feedback_bulk_item')
@Index('ix_feedback_bulk_item_pending', ['jobId', 'state', 'position'])
export class FeedbackBulkItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @PrimaryColumn({ type: 'uuid' })
  inputId!: string;

  @ManyToOne(() => FeedbackBulkJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: FeedbackBulkJobEntity;

  @Column({ type: 'int' })
  position!: number;

  /** PENDING | DONE | FAILED */
  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  state!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  error!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const FEEDBACK_ENTITIES = [
  InputFeedbackEntity,
  FeedbackTemplateEntity,
  FeedbackBulkJobEntity,
  FeedbackBulkItemEntity,
];
