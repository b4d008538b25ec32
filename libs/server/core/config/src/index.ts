export * from './lib/config';
export { CONFIG_SPEC } from './lib/config.schema';
export * from './lib/config.module';
export * from './lib/version';
