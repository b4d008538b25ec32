import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobName, JobPayloads } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { backoffDelay } from '../job-queue';
import { JobRegistry } from '../job-registry';
import { QueueSignal } from './db-job-queue';

interface ClaimedJob {
  id: string;
  name: JobName;
  payload: JobPayloads[JobName];
  attempts: number;
  max_attempts: number;
}

/** A job reclaimed this many times more than its attempts (its process kept dying) is failed. */
const MAX_STALLS = 3;
const PURGE_EVERY_MS = 60_000;

/**
 * Runs the database-backed queue inside the process (embedded mode): claims due jobs with
 * FOR UPDATE SKIP LOCKED, keeps their lock alive while they run, retries failures with
 * exponential backoff and reclaims jobs whose process died (their lock expired).
 */
@Injectable()
export class DbJobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private handlers!: ReturnType<JobRegistry['resolve']>;
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private lastPurge = 0;
  private renewTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly signal: QueueSignal,
    private readonly registry: JobRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.handlers = this.registry.resolve();
    this.signal.on('added', () => this.wake?.());
    this.renewTimer = setInterval(
      () => void this.renewLocks(),
      Math.max(250, this.config.queueLockDurationMs / 3),
    );
    this.loop = this.run();
    this.logger.log(`in-process job runner started with ${this.handlers.size} job handlers`);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let claimed = 0;
      try {
        await this.fireSchedules();
        claimed = await this.claimAndStart();
        if (Date.now() - this.lastPurge > PURGE_EVERY_MS) await this.purge();
      } catch (e) {
        // Database briefly unavailable: keep going, the jobs stay in the table.
        this.logger.warn(`job runner: ${(e as Error).message}`);
      }
      if (claimed === 0 && !this.stopped) await this.sleep(this.config.queuePollIntervalMs);
      else if (this.running.size >= this.config.queueConcurrency)
        await Promise.race(this.running.values());
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }

  private async fireSchedules(): Promise<void> {
    await this.dataSource.query(
      `WITH due AS (
         UPDATE queue_schedule SET next_run_at = now() + every_ms * interval '1 millisecond'
         WHERE next_run_at <= now() RETURNING id, queue, name, payload, max_attempts
       )
       INSERT INTO queue_job (queue, name, payload, max_attempts) SELECT queue, name, payload, max_attempts FROM due`,
    );
  }

  private async claimAndStart(): Promise<number> {
    const free = this.config.queueConcurrency - this.running.size;
    if (free <= 0) return 0;
    // TypeORM returns [rows, affected] for UPDATE ... RETURNING.
    const rows = await this.dataSource.query<[ClaimedJob[], number] | ClaimedJob[]>(
      `UPDATE queue_job SET status = 'active', attempts = attempts + 1, updated_at = now(),
         locked_until = now() + $1::int * interval '1 millisecond'
       WHERE id IN (
         SELECT id FROM queue_job
         WHERE (status = 'waiting' AND run_at <= now()) OR (status = 'active' AND locked_until < now())
         ORDER BY run_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, name, payload, attempts, max_attempts`,
      [this.config.queueLockDurationMs, free],
    );
    const jobs = (Array.isArray(rows[0]) ? rows[0] : rows) as ClaimedJob[];
    for (const job of jobs) {
      const p = this.execute(job).finally(() => this.running.delete(job.id));
      this.running.set(job.id, p);
    }
    return jobs.length;
  }

  private async execute(job: ClaimedJob): Promise<void> {
    try {
      if (job.attempts > job.max_attempts + MAX_STALLS) throw new Error('job stalled too often');
      const handler = this.handlers.get(job.name);
      if (!handler) throw new Error(`no handler for ${job.name}`);
      await handler(job.payload, { id: job.id, name: job.name, attempt: job.attempts });
      await this.dataSource.query(
        `UPDATE queue_job SET status = 'completed', locked_until = NULL, finished_at = now(), updated_at = now() WHERE id = $1`,
        [job.id],
      );
    } catch (e) {
      const message = (e as Error).message.slice(0, 1000);
      const retry = job.attempts < job.max_attempts;
      this.logger.warn(
        `job ${job.name} ${job.id} failed (attempt ${job.attempts}/${job.max_attempts}): ${message}`,
      );
      await this.dataSource
        .query(
          `UPDATE queue_job SET status = $2::text, last_error = $3, locked_until = NULL, updated_at = now(),
             run_at = now() + $4::int * interval '1 millisecond', finished_at = CASE WHEN $2::text = 'failed' THEN now() END
           WHERE id = $1`,
          [
            job.id,
            retry ? 'waiting' : 'failed',
            message,
            backoffDelay(this.config.queueBackoffMs, job.attempts),
          ],
        )
        .catch((err: Error) => this.logger.warn(`could not record job failure: ${err.message}`));
    }
  }

  private async renewLocks(): Promise<void> {
    if (this.running.size === 0) return;
    await this.dataSource
      .query(
        `UPDATE queue_job SET locked_until = now() + $2::int * interval '1 millisecond'
         WHERE id = ANY($1::uuid[]) AND status = 'active'`,
        [[...this.running.keys()], this.config.queueLockDurationMs],
      )
      .catch(() => undefined);
  }

  /** Same retention as the BullMQ driver: completed 1 hour, failed 7 days. */
  private async purge(): Promise<void> {
    this.lastPurge = Date.now();
    await this.dataSource.query(
      `DELETE FROM queue_job WHERE (status = 'completed' AND finished_at < now() - interval '1 hour')
         OR (status = 'failed' AND finished_at < now() - interval '7 days')`,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    clearInterval(this.renewTimer);
    await this.loop;
    const timeout = new Promise((r) => setTimeout(r, this.config.shutdownTimeoutMs).unref());
    await Promise.race([Promise.allSettled(this.running.values()), timeout]);
    if (this.running.size > 0) {
      // Hand unfinished jobs back at once instead of waiting for their locks to expire.
      await this.dataSource
        .query(
          `UPDATE queue_job SET status = 'waiting', locked_until = NULL WHERE id = ANY($1::uuid[])`,
          [[...this.running.keys()]],
        )
        .catch(() => undefined);
    }
  }
}
