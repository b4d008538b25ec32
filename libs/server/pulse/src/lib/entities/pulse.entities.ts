import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { OrgUnitEntity, UserEntity } from '@inspraak/server-identity';
import { InputEntity } from '@inspraak/server-inputs';
import { TrajectoryEntity } from '@inspraak/server-trajectories';
import type { PulseDimension, PulseQuestion } from '../templates/questions';
import type { Cell } from '../results/statistics';

/**
 * A pulse survey: questions (from templates and custom), an audience of org units, thresholds
 * and an optional recurrence. Tied to a trajectory (and a SIM phase) or organisation-wide.
 * Editing it changes only rounds that open later: a round stores its own questions.
 */
@Entity('pulse_survey')
@Index('ix_pulse_survey_trajectory', ['trajectoryId', 'createdAt'])
export class PulseSurveyEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Null: organisation-wide. */
  @Column({ type: 'uuid', nullable: true })
  trajectoryId!: string | null;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity | null;

  /** The SIM phase the survey serves; null: the trajectory's phase when each round opens. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phase!: string | null;

  /** The templates (key and version) the questions came from. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  templates!: { key: string; version: number }[];

  @Column({ type: 'jsonb' })
  questions!: PulseQuestion[];

  @Column({ type: 'jsonb' })
  dimensions!: PulseDimension[];

  /** Null: the configured default, fixed on each round when it opens. */
  @Column({ type: 'int', nullable: true })
  k!: number | null;

  @Column({ type: 'int', nullable: true })
  kComments!: number | null;

  /** A new round every this many weeks; null: rounds are scheduled by hand. */
  @Column({ type: 'int', nullable: true })
  recurrenceWeeks!: number | null;

  /** How long a recurring round stays open. */
  @Column({ type: 'int', default: 7 })
  roundDays!: number;

  /** When the recurrence opens the next round. */
  @Column({ type: 'timestamptz', nullable: true })
  nextRoundAt!: Date | null;

  /** One reminder per round to audience members who have not answered. */
  @Column({ type: 'boolean', default: true })
  reminders!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** No foreign key: history outlives accounts. */
  @Column({ type: 'uuid' })
  createdById!: string;
}

/** The org units (with their subtrees) a survey asks; none: everyone (organisation-wide). */
@Entity('pulse_survey_org_unit')
export class PulseSurveyOrgUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  surveyId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => PulseSurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: PulseSurveyEntity;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnitEntity;
}

/**
 * One round of a survey. SCHEDULED → OPEN → CLOSED. Opening fixes the questions, the thresholds
 * and the audience snapshot; closing moves every pending answer, re-seals the round's rows and
 * stores the per-reporting-unit tallies the results are computed from.
 */
@Entity('pulse_round')
@Unique('uq_pulse_round_number', ['surveyId', 'number'])
@Index('ix_pulse_round_due', ['state', 'opensAt'])
@Index('ix_pulse_round_closing', ['state', 'closesAt'])
export class PulseRoundEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => PulseSurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: PulseSurveyEntity;

  @Column({ type: 'int' })
  number!: number;

  /** A PulseRoundState. */
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The SIM phase of the round (the survey's, or the trajectory's when it opened). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phase!: string | null;

  @Column({ type: 'int', nullable: true })
  k!: number | null;

  @Column({ type: 'int', nullable: true })
  kComments!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  questions!: PulseQuestion[] | null;

  @Column({ type: 'jsonb', nullable: true })
  dimensions!: PulseDimension[] | null;

  @Column({ type: 'int', nullable: true })
  audienceSize!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  /** Per reporting unit (ROOT as `*`): responses and answer tallies, written when it closes. */
  @Column({ type: 'jsonb', nullable: true })
  cells!: Record<string, Cell> | null;
}

/** The audience snapshot per org unit when the round opened. */
@Entity('pulse_round_unit')
export class PulseRoundUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Audience members whose primary unit is this unit. */
  @Column({ type: 'int' })
  people!: number;

  /** Audience members in the unit's subtree. */
  @Column({ type: 'int' })
  subtreePeople!: number;

  /** Null: the whole audience (no unit up to the top has k people). */
  @Column({ type: 'uuid', nullable: true })
  reportingUnitId!: string | null;
}

/**
 * Who was asked (the audience when the round opened). Not who answered: participation is
 * stored apart, and neither references a response.
 */
@Entity('pulse_round_member')
export class PulseRoundMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  /** "My rounds" looks members up by user. */
  @Index('ix_pulse_round_member_user')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  /** The member's primary unit when the round opened (null: none). */
  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  /** Where the member's answers are reported (null: the whole audience). */
  @Column({ type: 'uuid', nullable: true })
  reportingUnitId!: string | null;
}

/**
 * Answers waiting to be moved: no user id, no time. `voterHash` = HMAC(key, round + user) under
 * a key derived from APP_SECRET keeps a second answer out and lets reminders skip those who
 * answered; without the secret it links to nobody. The mover deletes these rows when it moves
 * them (batches of at least k per reporting unit, everything at the close).
 */
@Entity('pulse_pending')
@Unique('uq_pulse_pending_voter', ['roundId', 'voterHash'])
export class PulsePendingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  @Column({ type: 'char', length: 64 })
  voterHash!: string;

  /** HMAC of the client's idempotency key (a retried submit succeeds, a second one does not). */
  @Column({ type: 'char', length: 64 })
  keyHash!: string;

  @Column({ type: 'uuid', nullable: true })
  reportingUnitId!: string | null;

  @Column({ type: 'jsonb' })
  answers!: Record<string, number | string>;

  @Column({ type: 'jsonb' })
  texts!: { questionKey: string; text: string }[];
}

/**
 * An anonymous response: a random id, the round, the reporting unit and the closed answers.
 * No user, no time, no sequence; its physical order and transaction id are re-sealed when the
 * round closes.
 */
@Entity('pulse_response')
@Index('ix_pulse_response_round', ['roundId'])
export class PulseResponseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  @Column({ type: 'uuid', nullable: true })
  reportingUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reporting_unit_id' })
  reportingUnit?: OrgUnitEntity | null;

  @Column({ type: 'jsonb' })
  answers!: Record<string, number | string>;
}

/**
 * An open-text answer, stored apart from the response it came with (so a comment cannot be tied
 * to its writer's scores either), shuffled and undated.
 */
@Entity('pulse_comment')
@Index('ix_pulse_comment_round', ['roundId'])
export class PulseCommentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  @Column({ type: 'varchar', length: 100 })
  questionKey!: string;

  @Column({ type: 'uuid', nullable: true })
  reportingUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reporting_unit_id' })
  reportingUnit?: OrgUnitEntity | null;

  @Column({ type: 'text' })
  text!: string;
}

/**
 * Who took part in a round (response rates, reminders, "you already answered"): the user and the
 * round, nothing finer than the round, never a response. Written by the mover in the same
 * transaction as the responses it moves, ordered by user id.
 */
@Entity('pulse_participation')
export class PulseParticipationEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  /** No foreign key: history outlives accounts. */
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  @Column({ type: 'char', length: 64 })
  keyHash!: string;
}

/**
 * An action a survey owner published on a closed round's outcome ("you said, we did"). The
 * action is an input of kind `pulse_action` (the generic `input` row with the same id holds its
 * title, public description, trajectory, SIM phase and feedback state: status, response,
 * history); this row says which survey and round it answers and, optionally, which dimension or
 * question. Written by a named owner, never anonymous; nothing in it refers to answers.
 */
@Entity('pulse_action')
@Index('ix_pulse_action_round', ['roundId', 'createdAt'])
@Index('ix_pulse_action_survey', ['surveyId'])
export class PulseActionEntity {
  /** The input's id. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @OneToOne(() => InputEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  input?: InputEntity;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => PulseSurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: PulseSurveyEntity;

  /** The closed round whose outcome the action answers (also the input's container). */
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  /** A dimension key of the round (`quality-of-work`), or null. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  dimension!: string | null;

  /** A question key of the round (`qow.workload`), or null. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  questionKey!: string | null;

  /** The owner who created it (null once their account is erased). */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  /** Who changed the title, description or subject last. */
  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const PULSE_ENTITIES = [
  PulseSurveyEntity,
  PulseSurveyOrgUnitEntity,
  PulseRoundEntity,
  PulseRoundUnitEntity,
  PulseRoundMemberEntity,
  PulsePendingEntity,
  PulseResponseEntity,
  PulseCommentEntity,
  PulseParticipationEntity,
  PulseActionEntity,
];
