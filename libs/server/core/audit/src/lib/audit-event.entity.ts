import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only log of security-relevant actions (BIO 8.15). The application only inserts and
 * reads; no code path updates or deletes a row.
 */
@Entity('audit_event')
@Index(['createdAt', 'id'])
@Index(['action', 'createdAt'])
// A person's own actions, for their data export (C11).
@Index('ix_audit_actor', ['actorId', 'createdAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** No foreign key: events outlive users, and erasure must not rewrite the log. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  objectType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  objectId!: string | null;

  /** SUCCESS | FAILURE | DENIED */
  @Column({ type: 'varchar', length: 16 })
  result!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  originIp!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}

export const AUDIT_ENTITIES = [AuditEventEntity];
