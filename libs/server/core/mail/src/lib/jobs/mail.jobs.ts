import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JOBS, JobPayloads } from '@inspraak/contracts';
import { JobContext, JobQueue, ProcessJob } from '@inspraak/server-queue';
import { MailDelivery } from '../mail-delivery.service';
import { Mailer } from '../mailer';
import { mailJobId } from '../mail-outbox.service';

const SWEEP_EVERY_MS = 60_000;

@Injectable()
export class MailJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly delivery: MailDelivery,
    private readonly queue: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  async onApplicationBootstrap() {
    await this.queue.upsertSchedule('mail-sweep', SWEEP_EVERY_MS, 'mail.sweep', {});
  }

  async onApplicationShutdown() {
    await this.mailer.close();
  }

  @ProcessJob('mail.send')
  async send(payload: JobPayloads['mail.send'], ctx: JobContext): Promise<void> {
    await this.delivery.deliver(payload.outboxId, ctx.attempt >= JOBS['mail.send'].attempts);
  }

  @ProcessJob('mail.sweep')
  async sweep(): Promise<void> {
    const ids = await this.delivery.stalePending();
    // Same job ids as the first dispatch: a job that still exists is not doubled.
    await this.queue.addBulk(
      ids.map((outboxId) => ({
        name: 'mail.send' as const,
        payload: { outboxId },
        options: { jobId: mailJobId(outboxId) },
      })),
    );
    await this.delivery.forgetOldMail();
  }
}
