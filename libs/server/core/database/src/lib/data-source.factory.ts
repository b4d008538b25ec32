import {
  DataSource,
  DataSourceOptions,
  MixedList,
  EntitySchema,
  MigrationInterface,
} from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;
export type MigrationList = (new () => MigrationInterface)[];

export interface DataSourceParams {
  url: string;
  entities: EntityList;
  migrations: MigrationList;
  poolSize: number;
  /** Postgres schema to use as search_path (tests give each file its own). */
  schema?: string;
  applicationName?: string;
}

export function dataSourceOptions(p: DataSourceParams): DataSourceOptions {
  return {
    type: 'postgres',
    url: p.url,
    entities: p.entities,
    migrations: p.migrations,
    migrationsTableName: 'schema_migration',
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ (and PGlite): no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: p.poolSize,
    applicationName: p.applicationName ?? 'inspraak',
    // Real PostgreSQL honours the startup option; PGlite ignores it (one session per instance).
    extra: {
      // `public` after the schema: extensions (pg_trgm) live there, once per database.
      ...(p.schema ? { options: `-c search_path=${p.schema},public` } : {}),
      connectionTimeoutMillis: 5000,
      // Recycle idle connections so a restarted database is picked up again.
      idleTimeoutMillis: 30000,
    },
    logging: false,
  };
}

export function createDataSource(p: DataSourceParams): DataSource {
  return new DataSource(dataSourceOptions(p));
}
