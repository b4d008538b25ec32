import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, SimPhase } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { toFeedback } from '@inspraak/server-feedback';
import { GraphqlContext } from '@inspraak/server-graphql';
import { Viewer } from '@inspraak/server-trajectories';
import {
  CreatePulseActionInput,
  FollowPulseActionArgs,
  UpdatePulseActionInput,
} from '../graphql/inputs';
import { PulseResultsObject } from '../graphql/objects';
import { pulseActionPath } from './pulse-action-feedback';
import { PulseActionObject } from './pulse-action.objects';
import { PulseActionRecord, PulseActionRepository } from './pulse-action.repository';
import { PulseActions } from './pulse-actions.service';

/** The name shown when the creator's account was erased (as in the feedback loop). */
const ERASED_NAME = 'Onbekend';

const viewerOf = (principal: Principal, ctx: GraphqlContext): Viewer => ({
  principal,
  loaders: ctx.loaders,
});

export function toPulseAction(
  r: PulseActionRecord,
  canManage: boolean,
  following: boolean,
): PulseActionObject {
  return {
    id: r.id,
    surveyId: r.surveyId,
    roundId: r.roundId,
    roundNumber: r.roundNumber,
    trajectoryId: r.trajectoryId,
    phase: r.phase as SimPhase,
    title: r.title,
    description: r.description,
    dimension: r.dimension,
    questionKey: r.questionKey,
    createdBy: {
      id: r.createdByName !== null ? r.createdById : null,
      name: r.createdByName ?? ERASED_NAME,
      anonymous: false,
    },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    followerCount: r.followerCount,
    path: pulseActionPath(r.roundId),
    feedback: toFeedback(r.feedbackState),
    viewer: { canManage, following },
  };
}

/**
 * Closing the loop (C5): survey owners publish actions on a closed round's outcome; they show
 * with the round's results. Status changes and responses go through the feedback loop
 * (respondToInput, mergeInput), as for ideas.
 */
@Resolver(() => PulseResultsObject)
export class PulseActionResolver {
  constructor(
    private readonly service: PulseActions,
    private readonly rows: PulseActionRepository,
  ) {}

  private async one(viewer: Viewer, r: PulseActionRecord, canManage: boolean) {
    const following = await this.rows.followedBy(viewer.principal.userId, [r.id]);
    return toPulseAction(r, canManage, following.has(r.id));
  }

  @ResolveField(() => [PulseActionObject], {
    description:
      'Actions the survey’s owners published on this round’s outcome, oldest first; seen by ' +
      'everyone who may see the round’s results. Empty while the round is open.',
  })
  async actions(
    @Parent() results: PulseResultsObject,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseActionObject[]> {
    const viewer = viewerOf(principal, ctx);
    const { access, actions } = await this.service.ofRound(viewer, results.roundId);
    if (!access) return [];
    const following = await this.rows.followedBy(
      principal.userId,
      actions.map((a) => a.id),
    );
    return actions.map((a) => toPulseAction(a, access.canManage, following.has(a.id)));
  }

  @Mutation(() => PulseActionObject, {
    description:
      'Publishes an action on a closed round’s outcome (survey owners: the trajectory’s editors, ' +
      'moderators and admins). It enters the feedback loop with `status` and the description as ' +
      'its first public response. NOT_FOUND: the round does not exist or its results are not ' +
      'visible to the caller; FORBIDDEN: not an owner; PRECONDITION_FAILED: ROUND_NOT_CLOSED, ' +
      'ORGANISATION_WIDE; BAD_USER_INPUT: TOO_SHORT, UNKNOWN_DIMENSION, UNKNOWN_QUESTION, ' +
      'NOT_IN_DIMENSION, NOT_A_START_STATUS, KEY_REUSED.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createPulseAction(
    @Args('input') input: CreatePulseActionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseActionObject> {
    const created = await this.service.create(
      { principal, origin },
      {
        roundId: input.roundId,
        title: input.title,
        description: input.description,
        dimension: input.dimension ?? null,
        questionKey: input.questionKey ?? null,
        status: input.status,
        idempotencyKey: input.idempotencyKey ?? null,
      },
    );
    return this.one(viewerOf(principal, ctx), created, true);
  }

  @Mutation(() => PulseActionObject, {
    description:
      'Changes an action’s title, description or subject (survey owners). Its status and public ' +
      'responses change through respondToInput. NOT_FOUND, FORBIDDEN and BAD_USER_INPUT as for ' +
      'createPulseAction; PRECONDITION_FAILED (INPUT_MERGED) once merged.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updatePulseAction(
    @Args('input') input: UpdatePulseActionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseActionObject> {
    const updated = await this.service.update({ principal, origin }, input.id, {
      ...(input.title != null ? { title: input.title } : {}),
      ...(input.description != null ? { description: input.description } : {}),
      ...(input.dimension !== undefined ? { dimension: input.dimension ?? null } : {}),
      ...(input.questionKey !== undefined ? { questionKey: input.questionKey ?? null } : {}),
    });
    return this.one(viewerOf(principal, ctx), updated, true);
  }

  @Mutation(() => PulseActionObject, {
    description:
      'Follows an action or stops following it (anyone who may see it): followers are notified ' +
      'of its status changes. NOT_FOUND for anyone else.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async followPulseAction(
    @Args() args: FollowPulseActionArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseActionObject> {
    const viewer = viewerOf(principal, ctx);
    const r = await this.service.follow(viewer, args.id, args.follow);
    const a = await this.service.ofRound(viewer, r.roundId);
    return this.one(viewer, r, a.access?.canManage ?? false);
  }
}
