import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * A signed-in browser. The cookie carries a random 256-bit token; only its SHA-256 is stored, so
 * a database leak does not leak usable sessions. Deleting the row signs the browser out at once.
 */
@Entity('session')
export class SessionEntity {
  /** Hex SHA-256 of the token. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  userAgent!: string | null;
}

/**
 * Failed sign-in counters per e-mail address (`account:<email>`) and per IP (`ip:<address>`),
 * in the database so they survive restarts and hold across replicas.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 400 })
  scopeKey!: string;

  @Column({ type: 'int' })
  failures!: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
