import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class PlatformRepository {
  constructor(private readonly dataSource: DataSource) {}

  async upsertInstance(
    id: string,
    role: 'api' | 'worker',
    startedAt: Date,
    acknowledged: boolean,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO platform_instance (id, role, started_at, last_seen_at, acknowledged_at)
       VALUES ($1, $2, $3, now(), CASE WHEN $4 THEN now() END)
       ON CONFLICT (id) DO UPDATE SET last_seen_at = now(),
         acknowledged_at = COALESCE(platform_instance.acknowledged_at, EXCLUDED.acknowledged_at)`,
      [id, role, startedAt, acknowledged],
    );
  }

  async lastSeen(role: 'api' | 'worker'): Promise<Date | null> {
    const rows = await this.dataSource.query<{ seen: Date | null }[]>(
      'SELECT max(last_seen_at) AS seen FROM platform_instance WHERE role = $1',
      [role],
    );
    return rows[0]?.seen ?? null;
  }

  async acknowledgedAt(apiInstance: string): Promise<Date | null> {
    const rows = await this.dataSource.query<{ acknowledged_at: Date | null }[]>(
      'SELECT acknowledged_at FROM platform_instance WHERE id = $1',
      [apiInstance],
    );
    return rows[0]?.acknowledged_at ?? null;
  }

  async recordSelftest(runId: string, seq: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO selftest_receipt (run_id, seq) VALUES ($1, $2)
       ON CONFLICT (run_id, seq) DO UPDATE SET executions = selftest_receipt.executions + 1, last_executed_at = now()`,
      [runId, seq],
    );
  }

  async selftestReceipts(runId: string): Promise<{ seq: number; executions: number }[]> {
    return this.dataSource.query<{ seq: number; executions: number }[]>(
      'SELECT seq, executions FROM selftest_receipt WHERE run_id = $1 ORDER BY seq',
      [runId],
    );
  }

  /** Keep the table small: instances not seen for a week are forgotten. */
  async forgetStaleInstances(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM platform_instance WHERE last_seen_at < now() - interval '7 days'`,
    );
  }
}
