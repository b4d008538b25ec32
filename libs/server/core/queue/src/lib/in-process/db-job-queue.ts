import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { DataSource } from 'typeorm';
import { JOBS, JobName, JobPayloads } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { assertValidJobId, EnqueueOptions, JobQueue, JobRequest } from '../job-queue';

/** Wakes the in-process runner as soon as a job is added, instead of at the next poll. */
@Injectable()
export class QueueSignal extends EventEmitter {}

/** Embedded job driver: jobs are rows in PostgreSQL/PGlite (see QueueJobEntity). */
@Injectable()
export class DbJobQueue extends JobQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signal: QueueSignal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async add<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options?: EnqueueOptions,
  ): Promise<void> {
    await this.addBulk([{ name, payload, ...(options ? { options } : {}) }]);
  }

  async addBulk(jobs: JobRequest[]): Promise<void> {
    if (jobs.length === 0) return;
    // Chunks keep each statement below PostgreSQL's 65535 bind parameters.
    for (let i = 0; i < jobs.length; i += 5000) {
      const chunk = jobs.slice(i, i + 5000);
      const values: unknown[] = [];
      const rows = chunk.map((j) => {
        assertValidJobId(j.options?.jobId);
        const def = JOBS[j.name];
        values.push(
          def.queue,
          j.name,
          j.options?.jobId ?? null,
          JSON.stringify(j.payload),
          def.attempts,
          j.options?.delayMs ?? 0,
        );
        const b = values.length - 6;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}::jsonb, $${b + 5}, now() + ($${b + 6}::int * interval '1 millisecond'))`;
      });
      await this.dataSource.query(
        `INSERT INTO queue_job (queue, name, job_key, payload, max_attempts, run_at) VALUES ${rows.join(', ')}
         ON CONFLICT (job_key) DO NOTHING`,
        values,
      );
    }
    this.signal.emit('added');
  }

  async upsertSchedule<N extends JobName>(
    scheduleId: string,
    everyMs: number,
    name: N,
    payload: JobPayloads[N],
  ) {
    assertValidJobId(scheduleId);
    await this.dataSource.query(
      `INSERT INTO queue_schedule (id, queue, name, payload, max_attempts, every_ms, next_run_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, now())
       ON CONFLICT (id) DO UPDATE SET queue = EXCLUDED.queue, name = EXCLUDED.name, payload = EXCLUDED.payload,
         max_attempts = EXCLUDED.max_attempts, every_ms = EXCLUDED.every_ms,
         next_run_at = LEAST(queue_schedule.next_run_at, now() + EXCLUDED.every_ms * interval '1 millisecond')`,
      [scheduleId, JOBS[name].queue, name, JSON.stringify(payload), JOBS[name].attempts, everyMs],
    );
    this.signal.emit('added');
  }

  async removeSchedule(scheduleId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM queue_schedule WHERE id = $1', [scheduleId]);
  }

  get pollIntervalMs(): number {
    return this.config.queuePollIntervalMs;
  }
}
