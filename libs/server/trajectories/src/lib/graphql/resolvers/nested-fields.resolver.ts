import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { AnalysisService } from '../../services/analysis.service';
import { ImpactService } from '../../services/impact.service';
import { TrajectoryService } from '../../services/trajectory.service';
import { ValuationService } from '../../services/valuation.service';
import { toBusinessCaseItem, toEffect, toRating, toResult } from '../mappers';
import {
  BusinessCaseItemObject,
  CriterionResultObject,
  OptionEffectObject,
  PersonObject,
  PhaseChangeObject,
  SolutionOptionObject,
  StakeholderRefObject,
  SuccessCriterionObject,
  TeamMemberObject,
  ValuationInviteObject,
  ValuationRatingObject,
  ViewerObject,
} from '../objects';
import { batched } from '../request-context';

const person = async (ctx: GraphqlContext, svc: TrajectoryService, id: string | null) => {
  if (!id) return null;
  const name = await batched(ctx, 'personName', id, (ids) => svc.personNames(ids), null);
  return name === null ? null : { id, name };
};

@Resolver(() => TeamMemberObject)
export class TeamMemberFieldsResolver {
  constructor(private readonly trajectories: TrajectoryService) {}

  @ResolveField(() => PersonObject, { nullable: true })
  person(@Parent() m: TeamMemberObject, @Context() ctx: GraphqlContext) {
    return person(ctx, this.trajectories, m.userId);
  }
}

@Resolver(() => PhaseChangeObject)
export class PhaseChangeFieldsResolver {
  constructor(private readonly trajectories: TrajectoryService) {}

  @ResolveField(() => PersonObject, { nullable: true, description: 'Who moved the phase.' })
  actor(@Parent() c: PhaseChangeObject, @Context() ctx: GraphqlContext) {
    return person(ctx, this.trajectories, c.actorId);
  }
}

@Resolver(() => SuccessCriterionObject)
export class SuccessCriterionFieldsResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @ResolveField(() => [CriterionResultObject], { description: 'Oldest first.' })
  async results(@Parent() c: SuccessCriterionObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'results', c.id, (ids) => this.analysis.results(ids), []);
    return rows.map(toResult);
  }
}

@Resolver(() => SolutionOptionObject)
export class SolutionOptionFieldsResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField(() => [OptionEffectObject])
  async effects(@Parent() o: SolutionOptionObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'effects', o.id, (ids) => this.impact.effects(ids), []);
    return rows.map(toEffect);
  }

  @ResolveField(() => [BusinessCaseItemObject])
  async businessCase(@Parent() o: SolutionOptionObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(
      ctx,
      'businessCase',
      o.id,
      (ids) => this.impact.businessCase(ids),
      [],
    );
    return rows.map(toBusinessCaseItem);
  }
}

@Resolver(() => ValuationInviteObject)
export class ValuationInviteFieldsResolver {
  constructor(private readonly trajectories: TrajectoryService) {}

  @ResolveField(() => PersonObject, { nullable: true, description: 'The invited rater.' })
  person(@Parent() i: ValuationInviteObject, @Context() ctx: GraphqlContext) {
    return person(ctx, this.trajectories, i.userId);
  }
}

@Resolver(() => ViewerObject)
export class ViewerFieldsResolver {
  constructor(
    private readonly valuations: ValuationService,
    private readonly analysis: AnalysisService,
  ) {}

  @ResolveField(() => [StakeholderRefObject], {
    description: 'The stakeholders you were invited to rate options for, with their names.',
  })
  async invitedStakeholders(@Parent() v: ViewerObject, @Context() ctx: GraphqlContext) {
    if (v.invitedStakeholderIds.length === 0) return [];
    const all = await batched(
      ctx,
      'stakeholders',
      v.trajectoryId,
      (ids) => this.analysis.stakeholders(ids),
      [],
    );
    return all
      .filter((s) => v.invitedStakeholderIds.includes(s.id))
      .map((s) => ({ id: s.id, name: s.name }));
  }

  @ResolveField(() => [ValuationRatingObject], {
    description: 'Your own ratings in the joint valuation (to show and change them).',
  })
  async ratings(@Parent() v: ViewerObject, @CurrentUser() principal: Principal) {
    if (!v.canSeeWorkspace && v.invitedStakeholderIds.length === 0) return [];
    const rows = await this.valuations.ratingsBy(v.trajectoryId, principal.userId);
    return rows.map(toRating);
  }
}
