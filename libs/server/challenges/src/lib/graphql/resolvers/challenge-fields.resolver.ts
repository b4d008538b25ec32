import { Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeState } from '@inspraak/contracts';
import { CurrentUser, Principal } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { ChallengeAccessService } from '../../services/challenge-access.service';
import { ChallengeService } from '../../services/challenge.service';
import { IdeaService, TAG_COUNT_LIMIT } from '../../services/idea.service';
import {
  ChallengeCriterionObject,
  ChallengeObject,
  ChallengeViewerObject,
  TagCountObject,
} from '../objects';
import { batched, viewerOf } from '../request-context';

/** Fields of a challenge, each loaded in one query for all challenges of the request. */
@Resolver(() => ChallengeObject)
export class ChallengeFieldsResolver {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly access: ChallengeAccessService,
    private readonly ideas: IdeaService,
  ) {}

  @ResolveField(() => [ID], {
    description: 'The audience; empty: everyone who sees the trajectory.',
  })
  orgUnitIds(@Parent() c: ChallengeObject, @Context() ctx: GraphqlContext) {
    return batched(ctx, 'orgUnitIds', c.id, (ids) => this.challenges.orgUnitIds(ids), []);
  }

  @ResolveField(() => [ChallengeCriterionObject], { description: 'In order.' })
  async criteria(@Parent() c: ChallengeObject, @Context() ctx: GraphqlContext) {
    const rows = await batched(ctx, 'criteria', c.id, (ids) => this.challenges.criteria(ids), []);
    return rows.map((r) => ({
      id: r.id,
      position: r.position,
      nameNl: r.nameNl,
      nameEn: r.nameEn,
      weight: r.weight,
    }));
  }

  @ResolveField(() => Int, { description: 'Visible ideas (not withdrawn, not hidden).' })
  ideaCount(@Parent() c: ChallengeObject, @Context() ctx: GraphqlContext) {
    return batched(ctx, 'ideaCount', c.id, (ids) => this.challenges.ideaCounts(ids), 0);
  }

  @ResolveField(() => Int, {
    description:
      'Visible ideas still without a published response: the challenge closes at 0 (ideasAwaitingResponse lists them).',
  })
  awaitingResponseCount(@Parent() c: ChallengeObject, @Context() ctx: GraphqlContext) {
    return batched(
      ctx,
      'awaitingResponseCount',
      c.id,
      (ids) => this.challenges.awaitingResponseCounts(ids),
      0,
    );
  }

  @ResolveField(() => [TagCountObject], {
    description:
      `The most used tags of the visible ideas (not withdrawn, not hidden), at most ${TAG_COUNT_LIMIT}, ` +
      'most used first, then alphabetically: what the tag filter offers.',
  })
  tags(@Parent() c: ChallengeObject, @Context() ctx: GraphqlContext) {
    return batched(ctx, 'tags', c.id, (ids) => this.ideas.tagCounts(ids), []);
  }

  @ResolveField(() => String)
  trajectoryTitle(@Parent() c: ChallengeObject, @Context() ctx: GraphqlContext) {
    return batched(
      ctx,
      'trajectoryTitle',
      c.trajectoryId,
      (ids) => this.challenges.trajectoryTitles(ids),
      '',
    );
  }

  @ResolveField(() => ChallengeViewerObject)
  async viewer(
    @Parent() c: ChallengeObject,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<ChallengeViewerObject> {
    const a = await this.access.of(viewerOf(principal, ctx), c.id);
    return {
      canEdit: a.canEdit,
      canModerate: a.canModerate,
      canSubmit: a.visible && a.state === ChallengeState.OPEN,
    };
  }
}
