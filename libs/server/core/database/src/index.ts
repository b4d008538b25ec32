export * from './lib/data-source.factory';
export * from './lib/migrations.runner';
export * from './lib/snake-naming.strategy';
export * from './lib/embedded-postgres';
export * from './lib/database.module';
export * from './lib/base.entity';
export { DataSource, EntityManager } from 'typeorm';
