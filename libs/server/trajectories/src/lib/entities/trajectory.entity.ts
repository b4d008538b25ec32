import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { OrgUnitEntity, UserEntity } from '@inspraak/server-identity';

/** An innovation trajectory run the SIM way; every participation instrument hangs in one. */
@Entity('trajectory')
@Index(['createdAt', 'id'])
export class TrajectoryEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  problemStatement!: string;

  @Column({ type: 'text', default: '' })
  goals!: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  /** ORGANISATION | ORG_UNITS */
  @Column({ type: 'varchar', length: 16 })
  visibility!: string;

  /** A SimPhase; changed only through the phase state machine. */
  @Index()
  @Column({ type: 'varchar', length: 32 })
  phase!: string;

  /** The feedback loop's response time target: working days until the first response is due. */
  @Column({ type: 'int', default: 10 })
  responseTargetDays!: number;
}

/** The org units (with their subtrees) a trajectory with ORG_UNITS visibility is shown to. */
@Entity('trajectory_org_unit')
export class TrajectoryOrgUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  trajectoryId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnitEntity;
}

/** Every phase transition (and the start in phase 1, with `fromPhase` null). Append-only. */
@Entity('trajectory_phase_change')
@Index(['trajectoryId', 'at'])
export class PhaseChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fromPhase!: string | null;

  @Column({ type: 'varchar', length: 32 })
  toPhase!: string;

  /** No foreign key: history outlives accounts (erasure keeps the record, not the person). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
