import { Module } from '@nestjs/common';
import { PlatformRepository } from './platform.repository';
import { PlatformStatusService } from './platform-status.service';
import { PlatformResolver } from './graphql/platform.resolver';
import { PlatformJobs } from './jobs/platform.jobs';

/** API side: status, SIM phase reference data. */
@Module({ providers: [PlatformRepository, PlatformStatusService, PlatformResolver] })
export class PlatformModule {}

/** Worker side: start-up greeting, heartbeat, self-test. */
@Module({ providers: [PlatformRepository, PlatformJobs] })
export class PlatformJobsModule {}
