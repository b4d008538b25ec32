import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { JobQueue, ProcessJob } from '@inspraak/server-queue';
import { AccountCleanupRepository, CleanupCounts } from './account-cleanup.repository';

/** Used and expired one-time links still answer "used"/"expired" for this long. */
export const TOKEN_GRACE_DAYS = 7;

@Injectable()
export class IdentityCleanupJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('IdentityCleanup');

  constructor(
    private readonly repository: AccountCleanupRepository,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every worker upserts the same schedule; it runs once per interval across all of them. */
  async onApplicationBootstrap() {
    await this.queue.upsertSchedule(
      'identity-cleanup',
      this.config.identityCleanupIntervalMinutes * 60_000,
      'identity.cleanup',
      {},
    );
  }

  @ProcessJob('identity.cleanup')
  async cleanup(): Promise<CleanupCounts> {
    const counts = await this.repository.run({
      sessionIdleMinutes: this.config.sessionIdleMinutes,
      tokenGraceDays: TOKEN_GRACE_DAYS,
      throttleWindowMinutes: Math.max(
        this.config.loginLockoutMinutes,
        this.config.passwordResetWindowMinutes,
      ),
    });
    this.logger.log(
      `deleted ${counts.sessions} sessions, ${counts.tokens} one-time tokens, ${counts.throttleRows} throttle rows`,
    );
    return counts;
  }
}
