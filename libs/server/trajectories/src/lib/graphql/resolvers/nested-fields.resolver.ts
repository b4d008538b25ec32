import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@inspraak/server-graphql';
import { AnalysisService } from '../../services/analysis.service';
import { ImpactService } from '../../services/impact.service';
import { TrajectoryService } from '../../services/trajectory.service';
import { toBusinessCaseItem, toEffect, toResult } from '../mappers';
import {
  BusinessCaseItemObject,
  CriterionResultObject,
  OptionEffectObject,
  PersonObject,
  PhaseChangeObject,
  SolutionOptionObject,
  SuccessCriterionObject,
  TeamMemberObject,
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
