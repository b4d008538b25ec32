import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { TrajectoryEntity } from './trajectory.entity';

/** A success criterion for the pilot, agreed jointly and locked when phase 4 starts. */
@Entity('success_criterion')
@Index(['trajectoryId', 'createdAt'])
export class SuccessCriterionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'varchar', length: 300 })
  metric!: string;

  @Column({ type: 'varchar', length: 300 })
  target!: string;

  @Column({ type: 'text', default: '' })
  howMeasured!: string;

  /** A SuccessDimension. */
  @Column({ type: 'varchar', length: 32 })
  dimension!: string;

  @Column({ type: 'date', nullable: true })
  agreedOn!: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  agreedBy!: string;

  /** Set when the pilot starts; a locked criterion only gets results. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;
}

/** A measurement of a criterion in phase 4 or 5 with a met/not met verdict. */
@Entity('criterion_result')
@Index(['criterionId', 'measuredOn'])
export class CriterionResultEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => SuccessCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: SuccessCriterionEntity;

  @Index()
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  /** The SimPhase it was measured in (TEST or IMPLEMENT_AND_EVALUATE). */
  @Column({ type: 'varchar', length: 32 })
  phase!: string;

  @Column({ type: 'varchar', length: 300 })
  value!: string;

  /** A CriterionVerdict. */
  @Column({ type: 'varchar', length: 16 })
  verdict!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'date' })
  measuredOn!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;
}
