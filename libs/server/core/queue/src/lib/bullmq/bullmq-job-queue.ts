import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue, JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import { JOBS, JobName, JobPayloads, QUEUE_NAMES, QueueName } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { ServiceUnavailableError } from '@inspraak/server-errors';
import { assertValidJobId, EnqueueOptions, JobQueue, JobRequest } from '../job-queue';
import { producerConnection } from './bullmq.connection';

@Injectable()
export class BullmqJobQueue extends JobQueue implements OnApplicationShutdown {
  readonly connection: IORedis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    this.connection = producerConnection(config.redisUrl!);
    // Without a listener ioredis prints every reconnect failure as an unhandled error event.
    this.connection.on('error', () => undefined);
    for (const name of QUEUE_NAMES) {
      this.queues.set(
        name,
        new Queue(name, { connection: this.connection, prefix: config.queuePrefix }),
      );
    }
  }

  queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  jobOptions(name: JobName, options?: EnqueueOptions): JobsOptions {
    assertValidJobId(options?.jobId);
    return {
      attempts: JOBS[name].attempts,
      backoff: { type: 'exponential', delay: this.config.queueBackoffMs },
      removeOnComplete: { age: 3600, count: 10000 },
      removeOnFail: { age: 7 * 24 * 3600 },
      ...(options?.jobId ? { jobId: options.jobId } : {}),
      ...(options?.delayMs ? { delay: options.delayMs } : {}),
    };
  }

  async add<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options?: EnqueueOptions,
  ): Promise<void> {
    await this.guard(() =>
      this.queue(JOBS[name].queue).add(name, payload, this.jobOptions(name, options)),
    );
  }

  async addBulk(jobs: JobRequest[]): Promise<void> {
    const byQueue = new Map<QueueName, JobRequest[]>();
    for (const job of jobs) {
      const q = JOBS[job.name].queue;
      byQueue.set(q, [...(byQueue.get(q) ?? []), job]);
    }
    for (const [q, list] of byQueue) {
      await this.guard(() =>
        this.queue(q).addBulk(
          list.map((j) => ({
            name: j.name,
            data: j.payload,
            opts: this.jobOptions(j.name, j.options),
          })),
        ),
      );
    }
  }

  async upsertSchedule<N extends JobName>(
    scheduleId: string,
    everyMs: number,
    name: N,
    payload: JobPayloads[N],
  ) {
    assertValidJobId(scheduleId);
    await this.guard(() =>
      this.queue(JOBS[name].queue).upsertJobScheduler(
        scheduleId,
        { every: everyMs },
        {
          name,
          data: payload,
          opts: {
            attempts: JOBS[name].attempts,
            removeOnComplete: { count: 100 },
            removeOnFail: { count: 100 },
          },
        },
      ),
    );
  }

  async removeSchedule(scheduleId: string): Promise<void> {
    for (const q of this.queues.values()) await this.guard(() => q.removeJobScheduler(scheduleId));
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (this.connection.status !== 'ready') throw new ServiceUnavailableError();
      throw e;
    }
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
