import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, JobPayloads } from '@inspraak/contracts';
import { JobContext, JobQueue, ProcessJob } from '@inspraak/server-queue';
import { BulkProcessor } from '../services/bulk-processor';
import { OverdueReminders } from '../services/overdue-reminders';

const DAY_MS = 86_400_000;

@Injectable()
export class FeedbackJobs implements OnApplicationBootstrap {
  constructor(
    private readonly bulk: BulkProcessor,
    private readonly reminders: OverdueReminders,
    private readonly queue: JobQueue,
  ) {}

  /** Every worker upserts the same schedule; it runs once a day across all of them. */
  async onApplicationBootstrap() {
    await this.queue.upsertSchedule(
      'feedback-overdue-reminders',
      DAY_MS,
      'feedback.overdue-reminders',
      {},
    );
  }

  @ProcessJob('feedback.bulk-respond')
  async bulkRespond(payload: JobPayloads['feedback.bulk-respond'], ctx: JobContext) {
    try {
      await this.bulk.run(payload.jobId);
    } catch (e) {
      if (ctx.attempt >= JOBS['feedback.bulk-respond'].attempts) {
        await this.bulk.giveUp(payload.jobId);
      }
      throw e;
    }
  }

  @ProcessJob('feedback.overdue-reminders')
  async overdueReminders(): Promise<void> {
    await this.reminders.run();
  }
}
