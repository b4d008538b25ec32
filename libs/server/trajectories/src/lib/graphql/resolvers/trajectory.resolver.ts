import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { PhaseService } from '../../services/phase.service';
import { TrajectoryFields, TrajectoryService } from '../../services/trajectory.service';
import {
  ChangePhaseInput,
  CreateTrajectoryInput,
  IdArgs,
  TrajectoriesArgs,
  UpdateTrajectoryInput,
} from '../inputs/trajectory.inputs';
import { toTrajectory } from '../mappers';
import { TrajectoryConnection, TrajectoryObject } from '../objects';
import { viewerOf } from '../request-context';

@Resolver(() => TrajectoryObject)
export class TrajectoryResolver {
  constructor(
    private readonly service: TrajectoryService,
    private readonly phases: PhaseService,
  ) {}

  @Query(() => TrajectoryConnection, {
    description: 'Trajectories the caller may see, newest first (stable keyset order).',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async trajectories(
    @Args() args: TrajectoriesArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<TrajectoryConnection> {
    const page = await this.service.page(viewerOf(principal, ctx), args.first, args.after, {
      ...(args.phase ? { phase: args.phase } : {}),
      ...(args.orgUnitId ? { orgUnitId: args.orgUnitId } : {}),
      mine: args.mine,
    });
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toTrajectory(e.node) })),
    };
  }

  @Query(() => TrajectoryObject, {
    description:
      'One trajectory; NOT_FOUND when it does not exist or the caller may not see it. Fields ' +
      'for the team only (mandate, stakeholders, options, valuation, SIM health) are null for others.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async trajectory(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<TrajectoryObject> {
    return toTrajectory(await this.service.get(viewerOf(principal, ctx), id));
  }

  @Mutation(() => TrajectoryObject, { description: 'Starts a trajectory in phase 1.' })
  @Authorize(Permission.TRAJECTORY_CREATE)
  async createTrajectory(
    @Args('input') input: CreateTrajectoryInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<TrajectoryObject> {
    const t = await this.service.create(
      { principal, origin },
      {
        title: input.title,
        problemStatement: input.problemStatement,
        goals: input.goals,
        visibility: input.visibility,
        orgUnitIds: input.orgUnitIds,
        ownerId: input.ownerId ?? principal.userId,
      },
    );
    return toTrajectory(t);
  }

  @Mutation(() => TrajectoryObject, { description: 'Owner, project lead or admin.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateTrajectory(
    @Args('input') input: UpdateTrajectoryInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<TrajectoryObject> {
    const changes: Partial<TrajectoryFields> = {};
    if (input.title != null) changes.title = input.title;
    if (input.problemStatement != null) changes.problemStatement = input.problemStatement;
    if (input.goals != null) changes.goals = input.goals;
    if (input.visibility != null) changes.visibility = input.visibility;
    if (input.orgUnitIds != null) changes.orgUnitIds = input.orgUnitIds;
    if (input.ownerId != null) changes.ownerId = input.ownerId;
    if (input.responseTargetDays != null) changes.responseTargetDays = input.responseTargetDays;
    return toTrajectory(await this.service.update({ principal, origin }, input.id, changes));
  }

  @Mutation(() => TrajectoryObject, {
    description:
      'Moves the trajectory to another SIM phase: forward one phase at a time when its ' +
      'preconditions hold (PRECONDITION_FAILED lists what is missing), back to any earlier ' +
      'phase with a reason.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async changePhase(
    @Args('input') input: ChangePhaseInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<TrajectoryObject> {
    const t = await this.phases.changePhase(
      { principal, origin },
      input.id,
      input.to,
      input.reason ?? null,
    );
    return toTrajectory(t);
  }
}
