import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { OrgUnitEntity } from '@inspraak/server-identity';
import { TrajectoryEntity } from './trajectory.entity';

/** A row of the stakeholder analysis: interests on both sides, influence, stance, involvement. */
@Entity('stakeholder')
@Index(['trajectoryId', 'createdAt'])
export class StakeholderEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** A StakeholderKind. */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnitEntity | null;

  @Column({ type: 'text', default: '' })
  employerInterests!: string;

  @Column({ type: 'text', default: '' })
  employeeInterests!: string;

  /** 1 (little) to 5 (decisive). */
  @Column({ type: 'smallint' })
  influence!: number;

  /** −2 (against) to +2 (in favour). */
  @Column({ type: 'smallint' })
  stance!: number;

  @Column({ type: 'text', default: '' })
  involvement!: string;
}
