/**
 * The typed job registry. Every job the platform runs is named here with its payload type.
 * Payloads carry ids, never personal data or survey answers: queue contents are stored in Redis
 * (services mode) or the database (embedded mode) and must not leak anything.
 */
export type QueueName = 'default' | 'notifications';

export interface JobDefinition {
  queue: QueueName;
  /** Attempts before a job is given up (exponential backoff between them). */
  attempts: number;
  /** A short description for the operations docs and logs. */
  description: string;
}

export interface JobPayloads {
  /** Enqueued by every API start; proves the worker path end to end. */
  'system.hello': { apiInstance: string; startedAt: string };
  /** Scheduled: the worker records that it is alive (shown on the status page). */
  'system.heartbeat': Record<string, never>;
  /**
   * End-to-end self-test of the job pipeline (operations and the crash tests): waits `workMs`,
   * then records that item `seq` of run `runId` was processed. `failUntilAttempt` simulates a
   * transient failure: attempts before it throw.
   */
  'system.selftest': { runId: string; seq: number; workMs: number; failUntilAttempt?: number };
}

export type JobName = keyof JobPayloads;

export const JOBS = {
  'system.hello': {
    queue: 'default',
    attempts: 5,
    description: 'Start-up greeting from an API instance, recorded by the worker.',
  },
  'system.heartbeat': {
    queue: 'default',
    attempts: 1,
    description: 'Records that a worker is alive; scheduled every 30 seconds.',
  },
  'system.selftest': {
    queue: 'default',
    attempts: 5,
    description: 'Self-test of the job pipeline; records a receipt per item.',
  },
} as const satisfies Record<JobName, JobDefinition>;

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export const QUEUE_NAMES: readonly QueueName[] = ['default', 'notifications'];
