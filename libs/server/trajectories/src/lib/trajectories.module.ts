import { Module } from '@nestjs/common';
import { AnalysisResolver } from './graphql/resolvers/analysis.resolver';
import { ImpactResolver } from './graphql/resolvers/impact.resolver';
import {
  PhaseChangeFieldsResolver,
  SolutionOptionFieldsResolver,
  SuccessCriterionFieldsResolver,
  TeamMemberFieldsResolver,
  ValuationInviteFieldsResolver,
  ViewerFieldsResolver,
} from './graphql/resolvers/nested-fields.resolver';
import { PlanningResolver } from './graphql/resolvers/planning.resolver';
import { TrajectoryPublicFieldsResolver } from './graphql/resolvers/trajectory-public-fields.resolver';
import { TrajectoryWorkspaceFieldsResolver } from './graphql/resolvers/trajectory-workspace-fields.resolver';
import { TrajectoryResolver } from './graphql/resolvers/trajectory.resolver';
import { AccessRepository } from './repositories/access.repository';
import { AnalysisRepository } from './repositories/analysis.repository';
import { ImpactRepository } from './repositories/impact.repository';
import { PlanningRepository } from './repositories/planning.repository';
import { TeamRepository } from './repositories/team.repository';
import { TrajectoryRepository } from './repositories/trajectory.repository';
import { TrajectorySeedService } from './seed/trajectory-seed.service';
import { TrajectoryAccessService } from './services/access.service';
import { AnalysisService } from './services/analysis.service';
import { ImpactService } from './services/impact.service';
import { PhaseService } from './services/phase.service';
import { PlanningService } from './services/planning.service';
import { ResponseTargetHooks } from './services/response-target.hooks';
import { TeamService } from './services/team.service';
import { TrajectoryAudit } from './services/trajectory-audit';
import { TrajectoryService } from './services/trajectory.service';
import { ValuationService } from './services/valuation.service';
import { TrajectoriesPersonalDataSource } from './personal-data/trajectories-personal-data.source';
import { SimHealthRegistry } from './sim-health/sim-health.registry';
import { TrajectoryFactsLoader } from './sim-health/trajectory-facts';
import { TrajectoryHealthChecks } from './sim-health/trajectory-health-checks';

/**
 * Trajectories and the five SIM phases (C1). Exports the SIM health registry, where later
 * capabilities (challenges, consultations, pulse, roasts) register their checks.
 */
@Module({
  providers: [
    TrajectoryRepository,
    AccessRepository,
    TeamRepository,
    PlanningRepository,
    AnalysisRepository,
    ImpactRepository,
    TrajectoryAccessService,
    TrajectoryAudit,
    TrajectoryService,
    PhaseService,
    TeamService,
    PlanningService,
    AnalysisService,
    ImpactService,
    ValuationService,
    ResponseTargetHooks,
    SimHealthRegistry,
    TrajectoryFactsLoader,
    TrajectoriesPersonalDataSource,
    TrajectoryHealthChecks,
    TrajectorySeedService,
    TrajectoryResolver,
    TrajectoryPublicFieldsResolver,
    TrajectoryWorkspaceFieldsResolver,
    TeamMemberFieldsResolver,
    ValuationInviteFieldsResolver,
    ViewerFieldsResolver,
    PhaseChangeFieldsResolver,
    SuccessCriterionFieldsResolver,
    SolutionOptionFieldsResolver,
    PlanningResolver,
    AnalysisResolver,
    ImpactResolver,
  ],
  exports: [SimHealthRegistry, TrajectoryAccessService, ResponseTargetHooks],
})
export class TrajectoriesModule {}
