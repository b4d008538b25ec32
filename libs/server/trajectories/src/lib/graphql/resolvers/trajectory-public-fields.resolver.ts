import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { TrajectoryAccessService } from '../../services/access.service';
import { AnalysisService } from '../../services/analysis.service';
import { PlanningService } from '../../services/planning.service';
import { TeamService } from '../../services/team.service';
import { TrajectoryService } from '../../services/trajectory.service';
import { toCriterion, toDecision, toPhaseChange, toRule, toTeamMember } from '../mappers';
import {
  DecisionObject,
  DecisionRuleObject,
  PersonObject,
  PhaseChangeObject,
  SuccessCriterionObject,
  TeamMemberObject,
  TrajectoryObject,
  ViewerObject,
} from '../objects';
import { batched, viewerOf } from '../request-context';

/**
 * Fields anyone who can see the trajectory may read (the public trajectory page): goals, phase
 * timeline, team, decision rules and decisions, success criteria with results. Every list is
 * loaded in one query for all trajectories of the request.
 */
@Resolver(() => TrajectoryObject)
export class TrajectoryPublicFieldsResolver {
  constructor(
    private readonly trajectories: TrajectoryService,
    private readonly teams: TeamService,
    private readonly planning: PlanningService,
    private readonly analysis: AnalysisService,
    private readonly access: TrajectoryAccessService,
  ) {}

  @ResolveField(() => PersonObject, { nullable: true })
  async owner(@Parent() t: TrajectoryObject, @Context() ctx: GraphqlContext) {
    const name = await batched(
      ctx,
      'personName',
      t.ownerId,
      (ids) => this.trajectories.personNames(ids),
      null,
    );
    return name === null ? null : { id: t.ownerId, name };
  }

  @ResolveField(() => [ID], { description: 'Selected org units (ORG_UNITS visibility).' })
  orgUnitIds(@Parent() t: TrajectoryObject, @Context() ctx: GraphqlContext) {
    return batched(ctx, 'orgUnitIds', t.id, (ids) => this.trajectories.orgUnitIds(ids), []);
  }

  @ResolveField(() => ViewerObject)
  async viewer(
    @Parent() t: TrajectoryObject,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<ViewerObject> {
    const a = await this.access.of(viewerOf(principal, ctx), t.id);
    return {
      roles: a.roles,
      canEdit: a.canEdit,
      canSeeWorkspace: a.canSeeWorkspace,
      invitedStakeholderIds: a.invitedStakeholderIds,
      trajectoryId: t.id,
    };
  }

  @ResolveField(() => [PhaseChangeObject], { description: 'Oldest first, including steps back.' })
  async phaseHistory(@Parent() t: TrajectoryObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'history', t.id, (ids) => this.trajectories.history(ids), []);
    return rows.map(toPhaseChange);
  }

  @ResolveField(() => [TeamMemberObject])
  async team(@Parent() t: TrajectoryObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'team', t.id, (ids) => this.teams.members(ids), []);
    return rows.map(toTeamMember);
  }

  @ResolveField(() => [DecisionRuleObject])
  async decisionRules(@Parent() t: TrajectoryObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'rules', t.id, (ids) => this.planning.rules(ids), []);
    return rows.map(toRule);
  }

  @ResolveField(() => [DecisionObject])
  async decisions(@Parent() t: TrajectoryObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'decisions', t.id, (ids) => this.planning.decisions(ids), []);
    return rows.map(toDecision);
  }

  @ResolveField(() => [SuccessCriterionObject])
  async successCriteria(@Parent() t: TrajectoryObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'criteria', t.id, (ids) => this.analysis.criteria(ids), []);
    return rows.map(toCriterion);
  }
}
