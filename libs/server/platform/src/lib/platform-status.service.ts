import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { JobQueue } from '@inspraak/server-queue';
import { PlatformRepository } from './platform.repository';
import { PROCESS_INSTANCE } from './instance';

export interface PlatformStatus {
  version: string;
  runtimeMode: AppConfig['runtimeMode'];
  databaseDriver: string;
  jobDriver: string;
  workerLastSeenAt: Date | null;
  startAcknowledgedAt: Date | null;
}

@Injectable()
export class PlatformStatusService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Platform');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: PlatformRepository,
    private readonly queue: JobQueue,
  ) {}

  /** Each API start greets the worker; the status page shows when it was acknowledged. */
  async onApplicationBootstrap() {
    try {
      await this.repository.upsertInstance(
        PROCESS_INSTANCE.as('api'),
        'api',
        PROCESS_INSTANCE.startedAt,
        false,
      );
      await this.queue.add(
        'system.hello',
        {
          apiInstance: PROCESS_INSTANCE.as('api'),
          startedAt: PROCESS_INSTANCE.startedAt.toISOString(),
        },
        { jobId: `hello-${PROCESS_INSTANCE.as('api')}` },
      );
    } catch (e) {
      // Not fatal: the API serves without Redis and reports it on /health/ready.
      this.logger.warn(`could not enqueue the start-up job: ${(e as Error).message}`);
    }
  }

  async status(): Promise<PlatformStatus> {
    const [workerLastSeenAt, startAcknowledgedAt] = await Promise.all([
      this.repository.lastSeen('worker'),
      this.repository.acknowledgedAt(PROCESS_INSTANCE.as('api')),
    ]);
    return {
      version: this.config.version,
      runtimeMode: this.config.runtimeMode,
      databaseDriver: this.config.databaseDriver,
      jobDriver: this.config.jobDriver,
      workerLastSeenAt,
      startAcknowledgedAt,
    };
  }
}
