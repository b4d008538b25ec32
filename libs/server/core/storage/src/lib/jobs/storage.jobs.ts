import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, ProcessJob } from '@inspraak/server-queue';
import { StorageCleanup } from './storage-cleanup.service';

const CLEANUP_EVERY_MS = 60 * 60_000;

@Injectable()
export class StorageJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('StorageCleanup');

  constructor(
    private readonly cleanup: StorageCleanup,
    private readonly queue: JobQueue,
  ) {}

  /** Every worker upserts the same schedule; it runs once per hour across all of them. */
  async onApplicationBootstrap() {
    await this.queue.upsertSchedule('storage-cleanup', CLEANUP_EVERY_MS, 'storage.cleanup', {});
  }

  @ProcessJob('storage.cleanup')
  async run(): Promise<void> {
    const { deleted } = await this.cleanup.run();
    if (deleted) this.logger.log(`deleted ${deleted} unclaimed or released uploads`);
  }
}
