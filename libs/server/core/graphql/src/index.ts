export * from './lib/graphql.module';
export * from './lib/format-error';
export * from './lib/loaders';
export * from './lib/pagination';
export * from './lib/args';
