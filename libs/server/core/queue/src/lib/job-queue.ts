import { JobName, JobPayloads } from '@inspraak/contracts';

export interface EnqueueOptions {
  /**
   * Deduplication key: while a job with this id exists (waiting, running or recently finished),
   * adding another with the same id does nothing. Letters, digits, `.`, `_` and `-` only.
   */
  jobId?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
}

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  options?: EnqueueOptions;
}

export interface JobContext {
  id: string;
  name: JobName;
  /** 1 for the first attempt. */
  attempt: number;
}

export type JobHandlerFn<N extends JobName> = (
  payload: JobPayloads[N],
  ctx: JobContext,
) => Promise<void>;

/**
 * Enqueues work for the worker. Same semantics for both drivers: at-least-once delivery,
 * retries with exponential backoff up to the job's `attempts`, deduplication by `jobId`.
 * Handlers must therefore be idempotent.
 */
export abstract class JobQueue {
  abstract add<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options?: EnqueueOptions,
  ): Promise<void>;
  /** One round trip for many jobs (fan-out). */
  abstract addBulk(jobs: JobRequest[]): Promise<void>;
  /** Creates or updates a repeating job that runs once per interval across all workers. */
  abstract upsertSchedule<N extends JobName>(
    scheduleId: string,
    everyMs: number,
    name: N,
    payload: JobPayloads[N],
  ): Promise<void>;
  abstract removeSchedule(scheduleId: string): Promise<void>;
}

const JOB_ID_PATTERN = /^[A-Za-z0-9._-]{1,200}$/;

export function assertValidJobId(jobId: string | undefined): void {
  if (jobId !== undefined && !JOB_ID_PATTERN.test(jobId)) {
    throw new Error(`Invalid job id "${jobId}": use letters, digits, ".", "_" and "-" (max 200)`);
  }
}

export function backoffDelay(baseMs: number, attempt: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}
