import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';

/**
 * A unit of the organisation tree (directorate > department > team, any depth). `path` holds the
 * ids from the root down (`/rootId/…/ownId/`), so a subtree is one indexed prefix query; the C
 * collation lets the b-tree index serve `LIKE 'prefix%'` on PostgreSQL and PGlite alike.
 */
@Entity('org_unit')
export class OrgUnitEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: OrgUnitEntity | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 2000, collation: 'C' })
  path!: string;

  /** 0 for a root unit. */
  @Column({ type: 'int' })
  depth!: number;

  /** Archived units stay (history refers to them) but take no new members. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
