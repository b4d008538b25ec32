import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@inspraak/server-auth';
import { AppConfig, ConfigModule } from '@inspraak/server-config';
import { DatabaseModule } from '@inspraak/server-database';
import { GraphqlModule } from '@inspraak/server-graphql';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import {
  HealthController,
  loggerParams,
  ObservabilityModule,
} from '@inspraak/server-observability';
import { QueueModule } from '@inspraak/server-queue';
import { API_DOMAIN_MODULES, JOBS_MODULES } from './domain-modules';

@Module({})
export class AppModule {
  /**
   * The API process. With the in-process job driver (embedded mode) it also runs the worker's
   * job handlers, so one process serves everything.
   */
  static forRoot(config: AppConfig): DynamicModule {
    const consume = config.jobDriver === 'in-process';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, 'api')),
        ObservabilityModule,
        DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
        QueueModule.forRoot({ consume }),
        GraphqlModule.forRoot(),
        // Deny by default: a global guard over every resolver and controller below.
        AuthModule,
        ...API_DOMAIN_MODULES,
        ...(consume ? JOBS_MODULES : []),
      ],
      controllers: [HealthController],
    };
  }
}
