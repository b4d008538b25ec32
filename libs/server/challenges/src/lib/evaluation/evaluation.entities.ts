import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { UserEntity } from '@inspraak/server-identity';
import { InputEntity } from '@inspraak/server-inputs';
import { ChallengeCriterionEntity, ChallengeEntity } from '../entities/challenge.entity';

/** One jury member's evaluation of one idea: a comment and a score per criterion. */
@Entity('idea_evaluation')
@Index(['ideaId', 'jurorId'], { unique: true })
@Index(['challengeId', 'jurorId'])
export class IdeaEvaluationEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** The idea's input id. */
  @Column({ type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => InputEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: InputEntity;

  @Column({ type: 'uuid' })
  jurorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'juror_id' })
  juror?: UserEntity;

  @Column({ type: 'text', default: '' })
  comment!: string;
}

/** A score 1..5 on one criterion within an evaluation. */
@Entity('idea_evaluation_score')
@Check('CHK_idea_evaluation_score_range', 'score BETWEEN 1 AND 5')
@Index(['criterionId'])
export class IdeaEvaluationScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  evaluationId!: string;

  @ManyToOne(() => IdeaEvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: IdeaEvaluationEntity;

  @PrimaryColumn({ type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => ChallengeCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: ChallengeCriterionEntity;

  @Column({ type: 'smallint' })
  score!: number;
}

/** The jury's decisions on one idea: shortlisted, winner, and whether its author was invited. */
@Entity('idea_jury_decision')
@Index(['challengeId'])
export class IdeaJuryDecisionEntity {
  @PrimaryColumn({ type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => InputEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: InputEntity;

  @Column({ type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ type: 'boolean', default: false })
  shortlisted!: boolean;

  @Column({ type: 'boolean', default: false })
  winner!: boolean;

  /**
   * The trajectory role the idea's author is invited to (null: not invited). The author sees
   * the invitation and accepts it; when they do, nothing here records it (so for an anonymous
   * idea no row links the new team member to the idea).
   */
  @Column({ type: 'varchar', length: 32, nullable: true })
  invitedRole!: string | null;

  @Column({ type: 'text', nullable: true })
  invitationMessage!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const EVALUATION_ENTITIES = [
  IdeaEvaluationEntity,
  IdeaEvaluationScoreEntity,
  IdeaJuryDecisionEntity,
];
