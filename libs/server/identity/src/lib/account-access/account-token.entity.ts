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

export type AccountTokenPurpose = 'invitation' | 'password_reset';

/**
 * A one-time link (invitation or password reset). The link carries a random 256-bit token;
 * only its SHA-256 is stored, so a database leak gives no usable link. Used and expired rows
 * are kept a while (so the link answers "used" or "expired" rather than "unknown"), then the
 * `identity.cleanup` job deletes them.
 */
@Entity('account_token')
@Index(['userId', 'purpose'])
export class AccountTokenEntity {
  /** Hex SHA-256 of the token. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  purpose!: AccountTokenPurpose;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

export const ACCOUNT_ACCESS_ENTITIES = [AccountTokenEntity];
