import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { OrgUnitEntity } from '../org-units/org-unit.entity';

/** A person with an account. `user` is reserved in SQL, hence `app_user`. */
@Entity('app_user')
export class UserEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Always stored lower-cased, so the unique index is case-insensitive. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  primaryOrgUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'primary_org_unit_id' })
  primaryOrgUnit?: OrgUnitEntity | null;

  @Column({ type: 'varchar', length: 5, default: 'nl' })
  locale!: string;

  /** EMPLOYEE | MODERATOR | MANAGER | ADMIN */
  @Column({ type: 'varchar', length: 16, default: 'EMPLOYEE' })
  role!: string;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /**
   * Set when the person was erased (C11): the row stays so contributions, support and the audit
   * log keep a consistent reference, but it holds no name, address or sign-in any more.
   */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** argon2id PHC string; null for accounts that sign in only through SSO. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;
}

/** The org units a manager manages; their subtrees are the manager's scope. */
@Entity('manager_scope')
export class ManagerScopeEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnitEntity;
}
