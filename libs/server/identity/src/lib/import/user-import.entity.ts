import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@inspraak/server-database';
import { UserEntity } from '../users/user.entity';

/** One problem of an import file, by line number (1 = the header line). */
export interface ImportProblem {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * A CSV import of org units or users: the file until it has been processed (then cleared), its
 * progress and its report. The job that runs it reads everything from here; its payload carries
 * only the id.
 */
@Entity('user_import')
export class UserImportEntity extends BaseEntity {
  /** ORG_UNITS | USERS */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  /** QUEUED | RUNNING | APPLYING | VALIDATED | INVALID | COMPLETED | FAILED */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  /** Validate and report only; never write. */
  @Column({ type: 'boolean' })
  dryRun!: boolean;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  /** The file's text; cleared once the import has finished (it holds personal data). */
  @Column({ type: 'text', nullable: true })
  csv!: string | null;

  @Column({ type: 'int', default: 0 })
  totalRows!: number;

  @Column({ type: 'int', default: 0 })
  processedRows!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems!: ImportProblem[];

  @Column({ type: 'jsonb', nullable: true })
  summary!: ImportSummary | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

export const IMPORT_ENTITIES = [UserImportEntity];
