import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { TrajectoryEntity } from './trajectory.entity';

/** Who decides a topic, at which participation level, and how employees are involved. */
@Entity('decision_rule')
@Index(['trajectoryId', 'createdAt'])
export class DecisionRuleEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'varchar', length: 300 })
  topic!: string;

  /** The SimPhase the decision falls in. */
  @Column({ type: 'varchar', length: 32 })
  phase!: string;

  @Column({ type: 'varchar', length: 500 })
  decidedBy!: string;

  /** A ParticipationLevel. */
  @Column({ type: 'varchar', length: 16 })
  participationLevel!: string;

  @Column({ type: 'text', default: '' })
  employeeInvolvement!: string;

  /** When the rule was agreed (SIM health: before phase 2). */
  @Column({ type: 'timestamptz' })
  agreedAt!: Date;
}

/** A decision taken by a rule: outcome, rationale and the inputs that informed it. */
@Entity('decision')
@Index(['trajectoryId', 'decidedOn'])
export class DecisionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Index()
  @Column({ type: 'uuid' })
  ruleId!: string;

  @ManyToOne(() => DecisionRuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rule_id' })
  rule?: DecisionRuleEntity;

  @Column({ type: 'varchar', length: 500 })
  outcome!: string;

  @Column({ type: 'text' })
  rationale!: string;

  /** What was done with the input (shown on the public page). */
  @Column({ type: 'text', default: '' })
  inputResponse!: string;

  @Column({ type: 'date' })
  decidedOn!: string;

  /** Ids of the inputs (ideas, responses, …) that informed it; typed links come with C2–C4. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  informingInputIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;
}
