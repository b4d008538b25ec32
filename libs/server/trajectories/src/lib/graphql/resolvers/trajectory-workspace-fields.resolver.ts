import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { TrajectoryAccessService } from '../../services/access.service';
import { AnalysisService } from '../../services/analysis.service';
import { ImpactService } from '../../services/impact.service';
import { PlanningService } from '../../services/planning.service';
import { ValuationService } from '../../services/valuation.service';
import { SimHealthRegistry } from '../../sim-health/sim-health.registry';
import { toMandate, toOption, toStakeholder } from '../mappers';
import {
  MandateObject,
  SimHealthResultObject,
  SolutionOptionObject,
  StakeholderObject,
  TrajectoryObject,
  ValuationGroupObject,
  ValuationInviteObject,
} from '../objects';
import { batched, viewerOf } from '../request-context';

/**
 * Working material of the team (and admins): null for everyone else. Solution options and the
 * valuation are also shown to people invited to rate them.
 */
@Resolver(() => TrajectoryObject)
export class TrajectoryWorkspaceFieldsResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly analysis: AnalysisService,
    private readonly impact: ImpactService,
    private readonly valuations: ValuationService,
    private readonly health: SimHealthRegistry,
    private readonly access: TrajectoryAccessService,
  ) {}

  @ResolveField(() => MandateObject, { nullable: true, description: 'Team only.' })
  async mandate(
    @Parent() t: TrajectoryObject,
    @CurrentUser() p: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (!(await this.workspace(p, ctx, t.id))) return null;
    const m = await batched(ctx, 'mandate', t.id, (ids) => this.planning.mandates(ids), null);
    return m ? toMandate(m) : null;
  }

  @ResolveField(() => [StakeholderObject], { nullable: true, description: 'Team only.' })
  async stakeholders(
    @Parent() t: TrajectoryObject,
    @CurrentUser() p: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (!(await this.workspace(p, ctx, t.id))) return null;
    const rows = await batched(
      ctx,
      'stakeholders',
      t.id,
      (ids) => this.analysis.stakeholders(ids),
      [],
    );
    return rows.map(toStakeholder);
  }

  @ResolveField(() => [SolutionOptionObject], {
    nullable: true,
    description: 'Team and invited raters only.',
  })
  async solutionOptions(
    @Parent() t: TrajectoryObject,
    @CurrentUser() p: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (!(await this.rater(p, ctx, t.id))) return null;
    const rows = await batched(ctx, 'options', t.id, (ids) => this.impact.options(ids), []);
    return rows.map(toOption);
  }

  @ResolveField(() => [ValuationGroupObject], {
    nullable: true,
    description: 'Joint valuation per stakeholder (group), side by side; team and invited raters.',
  })
  async valuation(
    @Parent() t: TrajectoryObject,
    @CurrentUser() p: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (!(await this.rater(p, ctx, t.id))) return null;
    const rows = await batched(ctx, 'valuation', t.id, (ids) => this.valuations.summary(ids), []);
    const names = new Map(
      (await batched(ctx, 'stakeholders', t.id, (ids) => this.analysis.stakeholders(ids), [])).map(
        (s) => [s.id, s.name],
      ),
    );
    const groups = new Map<string, ValuationGroupObject>();
    for (const r of rows) {
      const g = groups.get(r.stakeholderId) ?? {
        stakeholderId: r.stakeholderId,
        stakeholderName: names.get(r.stakeholderId) ?? '',
        scores: [],
      };
      g.scores.push({ optionId: r.optionId, averageScore: r.averageScore, ratings: r.ratings });
      groups.set(r.stakeholderId, g);
    }
    return [...groups.values()];
  }

  @ResolveField(() => [ValuationInviteObject], { nullable: true, description: 'Team only.' })
  async valuationInvites(
    @Parent() t: TrajectoryObject,
    @CurrentUser() p: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (!(await this.workspace(p, ctx, t.id))) return null;
    return batched(
      ctx,
      'invites',
      t.id,
      async (ids) => {
        const map = new Map<string, ValuationInviteObject[]>();
        for (const i of await this.valuations.invites(ids)) {
          map.set(i.trajectoryId, [
            ...(map.get(i.trajectoryId) ?? []),
            { userId: i.userId, stakeholderId: i.stakeholderId },
          ]);
        }
        return map;
      },
      [],
    );
  }

  @ResolveField(() => [SimHealthResultObject], {
    nullable: true,
    description:
      'How far the SIM guidelines are followed, with evidence; team only. Coaching, not a score.',
  })
  async simHealth(
    @Parent() t: TrajectoryObject,
    @CurrentUser() p: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (!(await this.workspace(p, ctx, t.id))) return null;
    const results = await this.health.evaluate(t.id);
    return results.map((r) => ({
      checkId: r.checkId,
      phase: r.phase,
      guideline: r.guideline,
      status: r.status,
      evidence: r.evidence,
      link: { section: r.link.section, itemId: r.link.itemId ?? null },
    }));
  }

  private async workspace(p: Principal, ctx: GraphqlContext, id: string) {
    return (await this.access.of(viewerOf(p, ctx), id)).canSeeWorkspace;
  }

  private async rater(p: Principal, ctx: GraphqlContext, id: string) {
    const a = await this.access.of(viewerOf(p, ctx), id);
    return a.canSeeWorkspace || a.invitedStakeholderIds.length > 0;
  }
}
