import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JOBS, JobPayloads } from '@inspraak/contracts';
import { JobContext, JobQueue, ProcessJob } from '@inspraak/server-queue';
import { MailBusyError, MailDelivery } from '../mail-delivery.service';
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
    try {
      await this.delivery.deliver(payload.outboxId, ctx.attempt >= JOBS['mail.send'].attempts);
    } catch (e) {
      if (!(e instanceof MailBusyError)) throw e;
      // Another attempt holds the lease (possibly a worker that died): look again when the
      // lease ends, without spending this job's attempts. One such job per lease.
      await this.queue.add('mail.send', payload, {
        jobId: `${mailJobId(payload.outboxId)}-lease-${e.leaseAttempt}`,
        delayMs: Math.max(0, e.leasedUntil.getTime() - Date.now()) + 500,
      });
    }
  }

  @ProcessJob('mail.sweep')
  async sweep(): Promise<void> {
    const rows = await this.delivery.stalePending();
    // Never tried: the first dispatch's job id, so a job still waiting is not doubled. Tried
    // before: its job may have given up (and still holds that id), so a new id per attempt.
    await this.queue.addBulk(
      rows.map(({ id, attempts }) => ({
        name: 'mail.send' as const,
        payload: { outboxId: id },
        options: { jobId: attempts === 0 ? mailJobId(id) : `${mailJobId(id)}-s${attempts}` },
      })),
    );
    await this.delivery.forgetOldMail();
  }
}
