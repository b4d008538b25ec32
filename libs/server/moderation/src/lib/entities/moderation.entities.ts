import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { UserEntity } from '@inspraak/server-identity';

/**
 * The moderation state of one piece of content (kind + id), created at its first report or
 * moderator action. Carries the open-report count so the queue is one indexed read.
 */
@Entity('moderated_content')
@Index(['contentKind', 'contentId'], { unique: true })
@Index('IDX_moderated_content_open_queue', ['lastReportedAt', 'id'], {
  where: 'open_report_count > 0',
})
@Index('IDX_moderated_content_hidden_queue', ['moderatedAt', 'id'], { where: 'hidden' })
@Index(['trajectoryId'])
export class ModeratedContentEntity extends BaseEntity {
  /** The provider's kind: 'idea', 'comment', … */
  @Column({ type: 'varchar', length: 32 })
  contentKind!: string;

  @Column({ type: 'uuid' })
  contentId!: string;

  /** Where the content lives (for scoping the queue to what a moderator may see). */
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @Column({ type: 'int', default: 0 })
  openReportCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastReportedAt!: Date | null;

  /** Mirrors the provider's hidden flag as set through moderation. */
  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  /** Hidden by the auto-hide rule, not (yet) by a moderator. */
  @Column({ type: 'boolean', default: false })
  autoHidden!: boolean;

  /** The last time a moderator or the auto-hide rule changed it. */
  @Column({ type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;
}

/** One person's report of one piece of content; who reported is never shown to anyone. */
@Entity('content_report')
@Index(['moderatedContentId', 'reporterId'], { unique: true })
@Index(['moderatedContentId', 'status', 'createdAt'])
@Index(['reporterId'])
export class ContentReportEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  moderatedContentId!: string;

  @ManyToOne(() => ModeratedContentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'moderated_content_id' })
  moderatedContent?: ModeratedContentEntity;

  @Column({ type: 'uuid' })
  reporterId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  /** A ReportReason. */
  @Column({ type: 'varchar', length: 32 })
  reason!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  text!: string | null;

  /** A ReportStatus. */
  @Column({ type: 'varchar', length: 16, default: 'OPEN' })
  status!: string;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}

export const MODERATION_ENTITIES = [ModeratedContentEntity, ContentReportEntity];
