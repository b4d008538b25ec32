import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@inspraak/server-config';
import { DatabaseModule } from '@inspraak/server-database';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import {
  HealthController,
  loggerParams,
  ObservabilityModule,
} from '@inspraak/server-observability';
import { QueueModule } from '@inspraak/server-queue';
import { IdentityJobsModule, ImportJobsModule } from '@inspraak/server-identity';
import { MailJobsModule } from '@inspraak/server-mail';
import { PlatformJobsModule } from '@inspraak/server-platform';
import { StorageJobsModule } from '@inspraak/server-storage';
import { NotificationJobsModule } from '@inspraak/server-notifications';
import { FeedbackJobsModule } from '@inspraak/server-feedback';
import { IdeaFeedbackKindModule } from '@inspraak/server-challenges';
import { PulseJobsModule } from '@inspraak/server-pulse';

/** Every domain's jobs module; the worker refuses to start if a job has no handler or two. */
export const WORKER_JOBS_MODULES = [
  PlatformJobsModule,
  MailJobsModule,
  IdentityJobsModule,
  ImportJobsModule,
  StorageJobsModule,
  NotificationJobsModule,
  FeedbackJobsModule,
  // The idea kind's SQL and paths, for the feedback notifications' recipients and texts.
  IdeaFeedbackKindModule,
  PulseJobsModule,
];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, 'worker')),
        ObservabilityModule,
        DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
        QueueModule.forRoot({ consume: true }),
        ...WORKER_JOBS_MODULES,
      ],
      // Health endpoints only: the worker serves no GraphQL.
      controllers: [HealthController],
    };
  }
}
