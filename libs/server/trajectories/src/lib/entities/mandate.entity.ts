import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TrajectoryEntity } from './trajectory.entity';

/** The innovation manager's mandate (phase 1): budget, deadline, decision space, constraints. */
@Entity('trajectory_mandate')
export class MandateEntity {
  @PrimaryColumn({ type: 'uuid' })
  trajectoryId!: string;

  @OneToOne(() => TrajectoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id' })
  trajectory?: TrajectoryEntity;

  /** Euros; pg returns numeric as a string, so it is read as one. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  budget!: string | null;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'text' })
  decisionSpace!: string;

  @Column({ type: 'text', default: '' })
  constraints!: string;

  /** When the mandate was first recorded (SIM health: before phase 2). */
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
