import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobPayloads } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { JobQueue, ProcessJob } from '@inspraak/server-queue';
import { PulseMover } from '../services/mover.service';
import { RoundLifecycle } from '../services/round-lifecycle.service';

/**
 * The pulse schedule (one `pulse.tick` per PULSE_TICK_SECONDS across all workers: BullMQ job scheduler in
 * services mode, the `queue_schedule` table in embedded mode) and the move job a submit enqueues.
 * Both are idempotent: every step checks the round's state under its lock.
 */
@Injectable()
export class PulseJobs implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly lifecycle: RoundLifecycle,
    private readonly mover: PulseMover,
  ) {}

  async onApplicationBootstrap() {
    await this.queue.upsertSchedule(
      'pulse-tick',
      this.config.pulseTickSeconds * 1000,
      'pulse.tick',
      {},
    );
  }

  @ProcessJob('pulse.tick')
  async tick(): Promise<void> {
    await this.lifecycle.tick();
  }

  @ProcessJob('pulse.move')
  async move(payload: JobPayloads['pulse.move']): Promise<void> {
    await this.mover.move(payload.roundId);
  }
}
