import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { OrgUnitEntity } from '@inspraak/server-identity';
import { InputEntity } from '@inspraak/server-inputs';
import { TrajectoryEntity } from '@inspraak/server-trajectories';

/**
 * An idea challenge in a trajectory: a question to employees, open for a while, then evaluated
 * and closed. State changes only through the challenge state machine.
 */
@Entity('challenge')
@Index('ix_challenge_trajectory', ['trajectoryId', 'createdAt', 'id'])
@Index('ix_challenge_state', ['state', 'createdAt', 'id'])
export class ChallengeEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  /** The SIM phase the challenge serves (usually GENERATE). */
  @Column({ type: 'varchar', length: 32 })
  phase!: string;

  /** The question employees answer with ideas. */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  problemStatement!: string;

  @Column({ type: 'text', default: '' })
  rules!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  prize!: string | null;

  /** A ChallengeState. */
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  /** No foreign key: history outlives accounts. */
  @Column({ type: 'uuid' })
  createdById!: string;
}

/**
 * The org units (with their subtrees) a challenge is aimed at. None: everyone who can see the
 * trajectory.
 */
@Entity('challenge_org_unit')
export class ChallengeOrgUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnitEntity;
}

/** A weighted evaluation criterion of a challenge (the jury scores ideas on these). */
@Entity('challenge_criterion')
@Index('ix_challenge_criterion_order', ['challengeId', 'position'])
export class ChallengeCriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  nameNl!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  /** Points, 1..100; the ranking divides by the sum. */
  @Column({ type: 'int' })
  weight!: number;
}

/** What an idea has beyond the generic input row: its challenge and tags. */
@Entity('idea')
@Index('ix_idea_challenge', ['challengeId'])
export class IdeaEntity {
  @PrimaryColumn({ type: 'uuid' })
  inputId!: string;

  @ManyToOne(() => InputEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'input_id' })
  input?: InputEntity;

  @Column({ type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** Normalised (lower case, trimmed), unique, at most INPUT_LIMITS.tags. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];
}

export const CHALLENGE_ENTITIES = [
  ChallengeEntity,
  ChallengeOrgUnitEntity,
  ChallengeCriterionEntity,
  IdeaEntity,
];
