export { TrajectoriesModule } from './lib/trajectories.module';
export { TRAJECTORY_ENTITIES } from './lib/entities/trajectories.entities';
// The registry other domain modules add their SIM health checks to.
export {
  SimHealthRegistry,
  type SimHealthCheck,
  type SimHealthContext,
  type SimHealthEvaluation,
} from './lib/sim-health/sim-health.registry';
