import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per API or worker process that has run: when it started and was last seen. */
@Entity('platform_instance')
export class PlatformInstanceEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** api | worker */
  @Column({ type: 'varchar', length: 16 })
  role!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** For API instances: when a worker handled its start-up job. */
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}

/** Receipts of the job-pipeline self-test: how often each item was executed. */
@Entity('selftest_receipt')
export class SelftestReceiptEntity {
  @PrimaryColumn({ type: 'text' })
  runId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'int', default: 1 })
  executions!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastExecutedAt!: Date;
}

export const PLATFORM_ENTITIES = [PlatformInstanceEntity, SelftestReceiptEntity];
