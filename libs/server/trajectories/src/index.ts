export { TrajectoriesModule } from './lib/trajectories.module';
export { TRAJECTORY_ENTITIES } from './lib/entities/trajectories.entities';
// The registry other domain modules add their SIM health checks to.
export {
  SimHealthRegistry,
  type SimHealthCheck,
  type SimHealthContext,
  type SimHealthEvaluation,
} from './lib/sim-health/sim-health.registry';
// The trajectory visibility rule as SQL (moderation scopes its queue with it).
export { visibleToUserSql } from './lib/repositories/access.repository';
// The access columns as SQL, for modules that read their row and its trajectory's access in one
// statement (challenges); accessOf turns them into a TrajectoryAccess.
export {
  accessColumnsSql,
  toAccessRow,
  type AccessColumns,
} from './lib/repositories/access.repository';
// Row access to trajectories, for modules whose content lives in a trajectory (challenges).
export {
  accessOf,
  TrajectoryAccessService,
  type Actor,
  type TrajectoryAccess,
  type Viewer,
} from './lib/services/access.service';
export { PreconditionError } from './lib/services/errors';
// The feedback loop recomputes due dates when a trajectory's response time target changes.
export {
  ResponseTargetHooks,
  type ResponseTargetListener,
} from './lib/services/response-target.hooks';
export { OptionalText, RequiredText } from './lib/graphql/inputs/validators';
// Content of later capabilities (challenges, inputs) references the trajectory by foreign key.
export { TrajectoryEntity } from './lib/entities/trajectory.entity';
