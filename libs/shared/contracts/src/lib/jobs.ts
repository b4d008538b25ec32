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
  /** Fans one notification event out to its recipients (in-app rows, mail), resumable by cursor. */
  'notifications.fanout': { eventId: string };
  /** Scheduled: re-dispatches notification events whose fan-out never finished. */
  'notifications.sweep': Record<string, never>;
  /** Scheduled daily: deletes notification events, notifications and digests past retention. */
  'notifications.retention': Record<string, never>;
  /** Scheduled: plans the day's digest (once per day, after the digest hour): one job per page. */
  'notifications.digest': Record<string, never>;
  /** Sends the digest of `day` to the users with pending items in [fromUserId, toUserId]. */
  'notifications.digest-page': { day: string; fromUserId: string; toUserId: string };
  /** Answers the inputs of a bulk feedback job in chunks (resumable; the payload is its id). */
  'feedback.bulk-respond': { jobId: string };
  /** Scheduled daily: one reminder per trajectory with overdue feedback. */
  'feedback.overdue-reminders': Record<string, never>;
  /**
   * Scheduled (PULSE_TICK_SECONDS, a minute by default): opens due pulse rounds (and the next
   * round of recurring surveys),
   * closes and seals due ones, emits due reminders, moves pending answers.
   */
  'pulse.tick': Record<string, never>;
  /** Moves a round's pending answers into the anonymous response table (batches of at least k). */
  'pulse.move': { roundId: string };
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
  'notifications.fanout': {
    queue: 'notifications',
    attempts: 10,
    description:
      'Fans a notification event out: in-app rows and mail per page of recipients, resumable.',
  },
  'notifications.sweep': {
    queue: 'notifications',
    attempts: 1,
    description: 'Re-dispatches notification events whose fan-out has not finished.',
  },
  'notifications.retention': {
    queue: 'notifications',
    attempts: 3,
    description:
      'Deletes notification events older than NOTIFICATION_RETENTION_DAYS with their in-app notifications and digest items, and old digest records.',
  },
  'notifications.digest': {
    queue: 'notifications',
    attempts: 3,
    description: 'Plans the daily digest once per day: one page job per 500 users (bulk).',
  },
  'notifications.digest-page': {
    queue: 'notifications',
    attempts: 5,
    description: 'Stores and sends the daily digest mail of one page of users (once per day).',
  },
  'feedback.bulk-respond': {
    queue: 'default',
    attempts: 5,
    description:
      'Answers the inputs of a bulk feedback job in chunks, one transaction per input (resumable).',
  },
  'feedback.overdue-reminders': {
    queue: 'default',
    attempts: 3,
    description: 'Daily: emits one overdue-feedback reminder per trajectory (idempotent per day).',
  },
  'pulse.tick': {
    queue: 'default',
    attempts: 3,
    description:
      'Every minute (PULSE_TICK_SECONDS): opens, closes and seals due pulse rounds, reminds (idempotent).',
  },
  'pulse.move': {
    queue: 'default',
    attempts: 5,
    description:
      'Moves pending pulse answers into the anonymous response table in shuffled batches (idempotent).',
  },
} as const satisfies Record<JobName, JobDefinition>;

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export const QUEUE_NAMES: readonly QueueName[] = ['default', 'notifications'];
