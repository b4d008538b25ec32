export * from './lib/health.registry';
export * from './lib/health.controller';
export * from './lib/logging';
export * from './lib/observability.module';
export * from './lib/graceful-shutdown';
