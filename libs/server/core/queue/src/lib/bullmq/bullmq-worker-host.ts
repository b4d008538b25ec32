import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { JobName, QUEUE_NAMES } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { JobRegistry } from '../job-registry';
import { workerConnectionOptions } from './bullmq.connection';
import IORedis from 'ioredis';

/** Consumes every queue with the registered handlers (worker processes only). */
@Injectable()
export class BullmqWorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];
  private connection?: IORedis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobRegistry,
  ) {}

  onApplicationBootstrap() {
    const handlers = this.registry.resolve();
    this.connection = new IORedis(this.config.redisUrl!, workerConnectionOptions());
    this.connection.on('error', () => undefined);
    for (const queueName of QUEUE_NAMES) {
      const worker = new Worker(
        queueName,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler) throw new UnrecoverableError(`no handler for ${job.name}`);
          await handler(job.data as never, {
            id: job.id ?? '',
            name: job.name as JobName,
            attempt: job.attemptsMade + 1,
          });
        },
        {
          connection: this.connection,
          prefix: this.config.queuePrefix,
          concurrency: this.config.queueConcurrency,
          lockDuration: this.config.queueLockDurationMs,
          stalledInterval: this.config.queueStalledIntervalMs,
          maxStalledCount: 3,
          autorun: true,
        },
      );
      // Payloads are never logged: they may identify people indirectly.
      worker.on('failed', (job, err) =>
        this.logger.warn(
          `job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`,
        ),
      );
      worker.on('error', (err) => this.logger.error(`worker error: ${err.message}`));
      this.workers.push(worker);
    }
    this.logger.log(`consuming ${QUEUE_NAMES.join(', ')} with ${handlers.size} job handlers`);
  }

  /** Stop taking jobs and wait for running ones (SIGTERM); unfinished ones are retried elsewhere. */
  async beforeApplicationShutdown() {
    const graceful = Promise.all(this.workers.map((w) => w.close()));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), this.config.shutdownTimeoutMs);
    });
    if ((await Promise.race([graceful, timedOut])) === 'timeout') {
      // Jobs still running are abandoned; their locks expire and another worker retries them.
      this.logger.warn(
        `jobs still running after ${this.config.shutdownTimeoutMs} ms: closing anyway`,
      );
      await Promise.all(this.workers.map((w) => w.close(true)));
    }
    clearTimeout(timer);
    this.connection?.disconnect();
  }
}
