import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobPayloads } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { JobContext, JobQueue, ProcessJob } from '@inspraak/server-queue';
import { PlatformRepository } from '../platform.repository';
import { PROCESS_INSTANCE } from '../instance';

@Injectable()
export class PlatformJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('PlatformJobs');

  constructor(
    private readonly repository: PlatformRepository,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Upserting the schedule is idempotent: every worker does it, it runs once per interval. */
  async onApplicationBootstrap() {
    await this.repository.upsertInstance(
      PROCESS_INSTANCE.as('worker'),
      'worker',
      PROCESS_INSTANCE.startedAt,
      false,
    );
    await this.queue.upsertSchedule(
      'system-heartbeat',
      this.config.heartbeatIntervalMs,
      'system.heartbeat',
      {},
    );
  }

  @ProcessJob('system.hello')
  async hello(payload: JobPayloads['system.hello']): Promise<void> {
    await this.repository.upsertInstance(
      payload.apiInstance,
      'api',
      new Date(payload.startedAt),
      true,
    );
    this.logger.log(
      `worker ${PROCESS_INSTANCE.as('worker')} greeted API instance ${payload.apiInstance}`,
    );
  }

  @ProcessJob('system.heartbeat')
  async heartbeat(): Promise<void> {
    await this.repository.upsertInstance(
      PROCESS_INSTANCE.as('worker'),
      'worker',
      PROCESS_INSTANCE.startedAt,
      false,
    );
    await this.repository.forgetStaleInstances();
  }

  @ProcessJob('system.selftest')
  async selftest(payload: JobPayloads['system.selftest'], ctx: JobContext): Promise<void> {
    if (payload.failUntilAttempt && ctx.attempt < payload.failUntilAttempt) {
      throw new Error(`self-test: simulated failure on attempt ${ctx.attempt}`);
    }
    if (payload.workMs > 0)
      await new Promise((r) => setTimeout(r, Math.min(payload.workMs, 60_000)));
    await this.repository.recordSelftest(payload.runId, payload.seq);
  }
}
