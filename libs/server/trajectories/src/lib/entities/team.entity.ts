import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { UserEntity } from '@inspraak/server-identity';
import { TrajectoryEntity } from './trajectory.entity';

/** A person with a role in one trajectory; one person may hold several roles. */
@Entity('trajectory_member')
@Index(['trajectoryId', 'userId', 'role'], { unique: true })
@Index(['userId'])
export class TrajectoryMemberEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** A TrajectoryRole. */
  @Column({ type: 'varchar', length: 32 })
  role!: string;
}
