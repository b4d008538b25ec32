import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { ChallengeFields, ChallengeService } from '../../services/challenge.service';
import {
  ChallengeCriterionInput,
  ChallengesArgs,
  ChangeChallengeStateInput,
  CreateChallengeInput,
  IdArgs,
  UpdateChallengeInput,
} from '../inputs';
import { ConnectionArgs } from '@inspraak/server-graphql';
import { toChallenge } from '../mappers';
import { ChallengeConnection, ChallengeObject } from '../objects';
import { viewerOf } from '../request-context';

const criteria = (list: ChallengeCriterionInput[] | null | undefined) =>
  list?.map((c) => ({
    ...(c.id ? { id: c.id } : {}),
    nameNl: c.nameNl.trim(),
    nameEn: c.nameEn.trim(),
    weight: c.weight,
  })) ?? null;

@Resolver(() => ChallengeObject)
export class ChallengeResolver {
  constructor(private readonly service: ChallengeService) {}

  @Query(() => ChallengeConnection, {
    description:
      'Challenges of a trajectory the caller may see, newest first (drafts for editors only).',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async challenges(
    @Args() args: ChallengesArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<ChallengeConnection> {
    const page = await this.service.forTrajectory(
      viewerOf(principal, ctx),
      args.trajectoryId,
      args.first,
      args.after,
    );
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toChallenge(e.node) })) };
  }

  @Query(() => ChallengeConnection, {
    description: 'Open challenges across the organisation that the caller may see, newest first.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async openChallenges(
    @Args() args: ConnectionArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<ChallengeConnection> {
    const page = await this.service.open(viewerOf(principal, ctx), args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toChallenge(e.node) })) };
  }

  @Query(() => ChallengeObject, {
    description: 'One challenge; NOT_FOUND when it does not exist or the caller may not see it.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async challenge(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<ChallengeObject> {
    return toChallenge(await this.service.get(viewerOf(principal, ctx), id));
  }

  @Mutation(() => ChallengeObject, {
    description: 'A new challenge in DRAFT (trajectory owner, project lead or admin).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createChallenge(
    @Args('input') input: CreateChallengeInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ChallengeObject> {
    const c = await this.service.create({ principal, origin }, input.trajectoryId, {
      title: input.title,
      problemStatement: input.problemStatement,
      rules: input.rules,
      prize: input.prize ?? null,
      phase: input.phase ?? null,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      orgUnitIds: input.orgUnitIds,
      criteria: criteria(input.criteria),
    });
    return toChallenge(c);
  }

  @Mutation(() => ChallengeObject, { description: 'Trajectory owner, project lead or admin.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateChallenge(
    @Args('input') input: UpdateChallengeInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ChallengeObject> {
    const changes: Partial<ChallengeFields> = {};
    if (input.title != null) changes.title = input.title;
    if (input.problemStatement != null) changes.problemStatement = input.problemStatement;
    if (input.rules != null) changes.rules = input.rules;
    if (input.prize !== undefined) changes.prize = input.prize;
    if (input.phase != null) changes.phase = input.phase;
    if (input.opensAt !== undefined) changes.opensAt = input.opensAt;
    if (input.closesAt !== undefined) changes.closesAt = input.closesAt;
    if (input.orgUnitIds != null) changes.orgUnitIds = input.orgUnitIds;
    if (input.criteria != null) changes.criteria = criteria(input.criteria);
    return toChallenge(await this.service.update({ principal, origin }, input.id, changes));
  }

  @Mutation(() => ChallengeObject, {
    description:
      'DRAFT → OPEN → REVIEW → CLOSED (REVIEW → OPEN steps back). Closing fails with ' +
      'PRECONDITION_FAILED (IDEAS_WITHOUT_RESPONSE) while an idea lacks a published response.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async changeChallengeState(
    @Args('input') input: ChangeChallengeStateInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ChallengeObject> {
    return toChallenge(
      await this.service.changeState(
        { principal, origin },
        input.id,
        input.to,
        input.reason?.trim() || null,
      ),
    );
  }
}
