import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobPayloads } from '@inspraak/contracts';
import { JobQueue, ProcessJob } from '@inspraak/server-queue';
import { fanoutJobId } from './notification-events.service';
import { NotificationDigests } from './notification-digest.service';
import { FanoutBusyError, NotificationFanout } from './notification-fanout.service';
import { NotificationRetention } from './notification-retention.service';

const SWEEP_EVERY_MS = 60_000;
const RETENTION_EVERY_MS = 24 * 60 * 60_000;
/** The digest planner looks every 15 minutes whether today's digest is due (it plans once a day). */
const DIGEST_EVERY_MS = 15 * 60_000;

@Injectable()
export class NotificationJobs implements OnApplicationBootstrap {
  constructor(
    private readonly fanout: NotificationFanout,
    private readonly digests: NotificationDigests,
    private readonly queue: JobQueue,
    private readonly retention: NotificationRetention,
  ) {}

  async onApplicationBootstrap() {
    await this.queue.upsertSchedule(
      'notifications-sweep',
      SWEEP_EVERY_MS,
      'notifications.sweep',
      {},
    );
    await this.queue.upsertSchedule(
      'notifications-retention',
      RETENTION_EVERY_MS,
      'notifications.retention',
      {},
    );
    await this.queue.upsertSchedule(
      'notifications-digest',
      DIGEST_EVERY_MS,
      'notifications.digest',
      {},
    );
  }

  @ProcessJob('notifications.fanout')
  async fanOut(payload: JobPayloads['notifications.fanout']): Promise<void> {
    try {
      await this.fanout.run(payload.eventId);
    } catch (e) {
      if (!(e instanceof FanoutBusyError)) throw e;
      // Another run holds the event (possibly a worker that died): look again when its lease
      // ends, without spending this job's attempts. One such job per run.
      await this.queue.add('notifications.fanout', payload, {
        jobId: `${fanoutJobId(payload.eventId)}-lease-${e.run}`,
        delayMs: Math.max(0, e.leasedUntil.getTime() - Date.now()) + 500,
      });
    }
  }

  @ProcessJob('notifications.sweep')
  async sweep(): Promise<void> {
    const events = await this.fanout.unfinished();
    // Never run: the dispatch's job id (a waiting job is not doubled); run before: a new id per
    // run, since a job that gave up keeps its id.
    await this.queue.addBulk(
      events.map(({ id, runs }) => ({
        name: 'notifications.fanout' as const,
        payload: { eventId: id },
        options: { jobId: runs === 0 ? fanoutJobId(id) : `${fanoutJobId(id)}-r${runs}` },
      })),
    );
  }

  @ProcessJob('notifications.retention')
  async purge(): Promise<void> {
    await this.retention.purge();
  }

  @ProcessJob('notifications.digest')
  async planDigest(): Promise<void> {
    await this.digests.plan();
  }

  @ProcessJob('notifications.digest-page')
  async digestPage(payload: JobPayloads['notifications.digest-page']): Promise<void> {
    await this.digests.sendPage(payload.day, payload.fromUserId, payload.toUserId);
  }
}
