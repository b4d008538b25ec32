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
  /** Validates (and unless it is a dry run, applies) a CSV import of org units or users. */
  'identity.user-import': { importId: string };
  /** Delivers one mail of the outbox (rendered and stored before; the payload is its id only). */
  'mail.send': { outboxId: string };
  /** Scheduled: re-enqueues outbox mail whose job was lost and forgets old sent mail. */
  'mail.sweep': Record<string, never>;
  /** Scheduled: deletes expired sessions, spent one-time tokens and old throttle counters. */
  'identity.cleanup': Record<string, never>;
  /** Scheduled: deletes unclaimed uploads older than 24 hours and released attachments (file and row). */
  'storage.cleanup': Record<string, never>;
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
  'identity.user-import': {
    queue: 'default',
    attempts: 3,
    description: 'Validates and applies a CSV import of org units or users (all or nothing).',
  },
  'mail.send': {
    queue: 'notifications',
    attempts: 8,
    description: 'Sends one outbox mail over SMTP (or to the dev mailbox) and marks it sent.',
  },
  'mail.sweep': {
    queue: 'notifications',
    attempts: 1,
    description: 'Re-enqueues unsent outbox mail and deletes sent mail after 30 days.',
  },
  'identity.cleanup': {
    queue: 'default',
    attempts: 3,
    description: 'Deletes expired sessions, used or expired one-time tokens and old throttle rows.',
  },
  'storage.cleanup': {
    queue: 'default',
    attempts: 3,
    description:
      'Deletes unclaimed uploads older than 24 hours and released attachments, file and row.',
  },
} as const satisfies Record<JobName, JobDefinition>;

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export const QUEUE_NAMES: readonly QueueName[] = ['default', 'notifications'];
