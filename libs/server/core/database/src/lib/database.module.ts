import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { HealthRegistry } from '@inspraak/server-observability';
import { createDataSource, EntityList, MigrationList } from './data-source.factory';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { runMigrationsLocked } from './migrations.runner';

export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');
const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

export interface DatabaseModuleOptions {
  entities: EntityList;
  migrations: MigrationList;
  /** Do not connect (schema generation builds the app without a database). */
  connect?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function initializeWithRetry(ds: DataSource, logger: Logger, attempts = 15): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await ds.initialize();
      return;
    } catch (e) {
      if (i >= attempts) throw e;
      logger.warn(`Database not reachable (attempt ${i}/${attempts}): ${(e as Error).message}`);
      await sleep(Math.min(500 * 2 ** (i - 1), 5000));
    }
  }
}

@Injectable()
class DatabaseLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgres | null,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit() {
    this.health.register('database', async () => {
      if (!this.dataSource.isInitialized) throw new Error('not connected');
      await this.dataSource.query('SELECT 1');
    });
  }

  async onApplicationShutdown() {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_OPTIONS, useValue: options },
        {
          provide: EMBEDDED_POSTGRES,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) =>
            config.databaseDriver === 'pglite' && options.connect !== false
              ? startEmbeddedPostgres({
                  dataDir: join(config.dataDir, 'pglite'),
                  // Every pool connection needs a slot; leave room for tools (psql) too.
                  maxConnections: config.databasePoolSize + 10,
                })
              : null,
        },
        {
          provide: DataSource,
          inject: [APP_CONFIG, EMBEDDED_POSTGRES],
          useFactory: async (config: AppConfig, embedded: EmbeddedPostgres | null) => {
            const ds = createDataSource({
              url: embedded?.url ?? config.databaseUrl ?? 'postgres://localhost/unused',
              entities: options.entities,
              migrations: options.migrations,
              poolSize: config.databasePoolSize,
              ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
            });
            if (options.connect !== false) {
              const logger = new Logger('Database');
              await initializeWithRetry(ds, logger);
              if (config.runMigrations) {
                const { applied } = await runMigrationsLocked(ds);
                if (applied.length) logger.log(`applied migrations: ${applied.join(', ')}`);
              }
            }
            return ds;
          },
        },
        DatabaseLifecycle,
      ],
      exports: [DataSource],
    };
  }
}
