export * from './lib/sim-phases';
export * from './lib/locale';
export * from './lib/runtime';
export * from './lib/error-codes';
export * from './lib/jobs';
export * from './lib/permissions';
export * from './lib/audit';
export * from './lib/trajectories';
