import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { UserEntity } from '@inspraak/server-identity';
import { StakeholderEntity } from './stakeholder.entity';
import { TrajectoryEntity } from './trajectory.entity';

/** A solution option assessed in phase 3. */
@Entity('solution_option')
@Index(['trajectoryId', 'createdAt'])
export class SolutionOptionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;
}

/** The expected effect of an option on one aspect of the Technology Impact Method. */
@Entity('option_effect')
export class OptionEffectEntity {
  @PrimaryColumn({ type: 'uuid' })
  optionId!: string;

  /** An ImpactAspect. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  aspect!: string;

  @ManyToOne(() => SolutionOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id' })
  option?: SolutionOptionEntity;

  /** −2 (much worse) to +2 (much better). */
  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'text' })
  explanation!: string;
}

/** A business-case line of an option: an amount, or a described and rated qualitative aspect. */
@Entity('business_case_item')
@Index(['optionId', 'createdAt'])
export class BusinessCaseItemEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  optionId!: string;

  @ManyToOne(() => SolutionOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id' })
  option?: SolutionOptionEntity;

  /** A BusinessCaseKind. */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  /** Euros per year (negative: a cost); QUANTITATIVE only. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  amount!: string | null;

  /** −2..+2; QUALITATIVE only. */
  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;
}

/** An invitation to rate the options on behalf of a stakeholder (joint valuation). */
@Entity('valuation_invite')
export class ValuationInviteEntity {
  @PrimaryColumn({ type: 'uuid' })
  trajectoryId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  stakeholderId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stakeholder_id' })
  stakeholder?: StakeholderEntity;
}

/** One rater's score of one option for one stakeholder; rating again replaces it. */
@Entity('valuation_rating')
@Index(['optionId', 'stakeholderId', 'raterId'], { unique: true })
export class ValuationRatingEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @Column({ type: 'uuid' })
  optionId!: string;

  @ManyToOne(() => SolutionOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id' })
  option?: SolutionOptionEntity;

  @Column({ type: 'uuid' })
  stakeholderId!: string;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stakeholder_id' })
  stakeholder?: StakeholderEntity;

  /** No foreign key: ratings stay when an account is erased. */
  @Column({ type: 'uuid', nullable: true })
  raterId!: string | null;

  /** 1 (poor) to 5 (excellent). */
  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;
}
