import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FeedbackStatus } from '@inspraak/contracts';
import { AppError, NotFoundError } from '@inspraak/server-errors';
import { FeedbackBulkJobEntity } from '../entities/feedback.entities';
import { FeedbackRepository } from '../repositories/feedback.repository';
import { FeedbackWriter } from './feedback-writer';
import { fillTemplate } from './template-text';

/** Inputs read per round; each is answered in its own transaction. */
export const BULK_CHUNK = 100;
const MAX_ERRORS = 50;

export const bulkJobId = (id: string) => `feedback-bulk-${id}`;
export const bulkKey = (jobId: string) => `bulk:${jobId}`;

/**
 * Runs a bulk answer, resumable at any point: each input is answered in its own transaction,
 * which also marks its item DONE and counts it; the history entry carries the idempotency key
 * `bulk:<jobId>`, so a rerun (a retried job, a worker that died mid-way, two workers at once)
 * answers nothing twice and counts nothing twice. Refusals (e.g. a transition that is not
 * allowed any more) mark the item FAILED with the input id and code; other errors propagate and
 * the job is retried.
 */
@Injectable()
export class BulkProcessor {
  private readonly logger = new Logger('FeedbackBulk');

  constructor(
    private readonly repository: FeedbackRepository,
    private readonly writer: FeedbackWriter,
  ) {}

  async run(jobId: string, limit = Number.POSITIVE_INFINITY): Promise<void> {
    const m = this.repository.manager;
    const job = await m.findOneBy(FeedbackBulkJobEntity, { id: jobId });
    if (!job || job.state === 'DONE' || job.state === 'FAILED') return;
    await m.update(FeedbackBulkJobEntity, { id: jobId, state: 'QUEUED' }, { state: 'RUNNING' });
    let processed = 0;
    for (;;) {
      const items = await m.query<{ input_id: string }[]>(
        `SELECT input_id FROM feedback_bulk_item WHERE job_id = $1 AND state = 'PENDING'
         ORDER BY position LIMIT $2`,
        [jobId, BULK_CHUNK],
      );
      if (!items.length) break;
      for (const { input_id: inputId } of items) {
        // A test stops a run part-way (the "crash"); production runs to the end.
        if (processed >= limit) return;
        await this.answer(job, inputId);
        processed++;
      }
    }
    await m.query(
      `UPDATE feedback_bulk_job SET state = 'DONE', finished_at = now(), updated_at = now()
       WHERE id = $1 AND state IN ('QUEUED', 'RUNNING')`,
      [jobId],
    );
  }

  /** After the last attempt: the job gave up (the items done so far stay done). */
  async giveUp(jobId: string): Promise<void> {
    await this.repository.manager.query(
      `UPDATE feedback_bulk_job SET state = 'FAILED', finished_at = now(), updated_at = now()
       WHERE id = $1 AND state IN ('QUEUED', 'RUNNING')`,
      [jobId],
    );
  }

  private async answer(job: FeedbackBulkJobEntity, inputId: string) {
    const row = await this.repository.findInput(inputId);
    try {
      if (!row) throw new NotFoundError('Input');
      const result = await this.writer.respond(
        { userId: job.actorId, ip: job.originIp },
        {
          inputId,
          status: job.status as FeedbackStatus,
          text: fillTemplate(job.text, row.title),
          links: null,
          idempotencyKey: bulkKey(job.id),
        },
        (m) => this.settle(m, job.id, inputId, 'DONE', null),
      );
      // Answered by an earlier run of this job whose item is settled already: nothing to do.
      if (!result.entryId) {
        await this.repository.transaction((m) => this.settle(m, job.id, inputId, 'DONE', null));
      }
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const code = e.fields[0]?.code ?? e.code;
      this.logger.debug(`bulk ${job.id}: input ${inputId} refused (${code})`);
      await this.repository.transaction((m) =>
        this.settle(m, job.id, inputId, 'FAILED', `${inputId}: ${code}`),
      );
    }
  }

  /** Marks the item once (only a PENDING item counts) and the job's counters with it. */
  private async settle(
    m: EntityManager,
    jobId: string,
    inputId: string,
    state: 'DONE' | 'FAILED',
    error: string | null,
  ): Promise<void> {
    const changed = await m.query<unknown>(
      `UPDATE feedback_bulk_item SET state = $3, error = $4, updated_at = now()
       WHERE job_id = $1 AND input_id = $2 AND state = 'PENDING' RETURNING input_id`,
      [jobId, inputId, state, error],
    );
    const rows = changed as unknown[];
    const count = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
    if (!count) return;
    await m.query(
      state === 'DONE'
        ? `UPDATE feedback_bulk_job SET done = done + 1, updated_at = now() WHERE id = $1`
        : `UPDATE feedback_bulk_job SET failed = failed + 1, updated_at = now(),
             errors = CASE WHEN jsonb_array_length(errors) < ${MAX_ERRORS}
                           THEN errors || to_jsonb($2::text) ELSE errors END
           WHERE id = $1`,
      state === 'DONE' ? [jobId] : [jobId, error],
    );
  }
}
