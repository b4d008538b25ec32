import { DynamicModule, Global, Injectable, Module, OnModuleInit, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { HealthRegistry } from '@inspraak/server-observability';
import { JobQueue } from './job-queue';
import { JobRegistry } from './job-registry';
import { BullmqJobQueue } from './bullmq/bullmq-job-queue';
import { BullmqWorkerHost } from './bullmq/bullmq-worker-host';
import { DbJobQueue, QueueSignal } from './in-process/db-job-queue';
import { DbJobRunner } from './in-process/db-job-runner';

/** The running consumer (BullMQ workers or the in-process runner), present where jobs are consumed. */
export const JOB_CONSUMER = Symbol('JOB_CONSUMER');

@Injectable()
class QueueHealth implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly health: HealthRegistry,
  ) {}
  onModuleInit() {
    if (this.queue instanceof BullmqJobQueue) {
      const redis = this.queue.connection;
      this.health.register('redis', async () => {
        if (redis.status !== 'ready') throw new Error(`redis ${redis.status}`);
        await redis.ping();
      });
    }
  }
}

export interface QueueModuleOptions {
  /** Run the job handlers in this process (worker process, or the single embedded process). */
  consume: boolean;
}

@Global()
@Module({})
export class QueueModule {
  /**
   * The driver follows the configuration: REDIS_URL set means BullMQ, otherwise the durable
   * queue in the database, run in-process.
   */
  static forRoot(options: QueueModuleOptions): DynamicModule {
    const providers: Provider[] = [
      QueueSignal,
      JobRegistry,
      {
        provide: JobQueue,
        inject: [APP_CONFIG, DataSource, QueueSignal],
        useFactory: (config: AppConfig, ds: DataSource, signal: QueueSignal) =>
          config.jobDriver === 'bullmq'
            ? new BullmqJobQueue(config)
            : new DbJobQueue(ds, signal, config),
      },
      QueueHealth,
    ];
    if (options.consume) {
      providers.push({
        provide: JOB_CONSUMER,
        inject: [APP_CONFIG, DataSource, QueueSignal, JobRegistry],
        useFactory: (
          config: AppConfig,
          ds: DataSource,
          signal: QueueSignal,
          registry: JobRegistry,
        ) =>
          config.jobDriver === 'bullmq'
            ? new BullmqWorkerHost(config, registry)
            : new DbJobRunner(ds, signal, registry, config),
      });
    }
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers,
      exports: [JobQueue, JobRegistry],
    };
  }
}
