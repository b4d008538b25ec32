import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FeedbackStatus, Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { Viewer } from '@inspraak/server-trajectories';
import { FeedbackBulkJobEntity, FeedbackTemplateEntity } from '../../entities/feedback.entities';
import { FeedbackBulk } from '../../services/feedback-bulk.service';
import { FeedbackLists } from '../../services/feedback-lists.service';
import { FeedbackTemplates } from '../../services/feedback-templates.service';
import { FeedbackService } from '../../services/feedback.service';
import {
  BulkRespondInput,
  FeedbackBoardArgs,
  FeedbackInboxArgs,
  FeedbackMetricsArgs,
  FeedbackTemplateInput,
  FeedbackTemplatesArgs,
  IdArgs,
  MergeInputInput,
  RespondToInputInput,
  UpdateFeedbackTemplateArgs,
} from '../inputs';
import {
  BulkFeedbackJobObject,
  FeedbackBoardConnection,
  FeedbackInboxConnection,
  FeedbackMetricsRowObject,
  FeedbackTemplateObject,
  InputSummaryObject,
} from '../objects';

const viewerOf = (principal: Principal, ctx: GraphqlContext): Viewer => ({
  principal,
  loaders: ctx.loaders,
});

export const toTemplate = (t: FeedbackTemplateEntity): FeedbackTemplateObject => ({
  id: t.id,
  title: t.title,
  status: t.status as FeedbackStatus,
  text: t.text,
  trajectoryId: t.trajectoryId,
});

const toJob = (j: FeedbackBulkJobEntity): BulkFeedbackJobObject => ({
  id: j.id,
  state: j.state,
  total: j.total,
  done: j.done,
  failed: j.failed,
  errors: j.errors,
});

@Resolver()
export class FeedbackResolver {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly lists: FeedbackLists,
    private readonly templates: FeedbackTemplates,
    private readonly bulk: FeedbackBulk,
  ) {}

  @Query(() => FeedbackInboxConnection, {
    description:
      'Inputs to answer, oldest due date first: moderators see the trajectories they can see, ' +
      'trajectory owners and project leads their own trajectories (FORBIDDEN for others).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  feedbackInbox(
    @Args() args: FeedbackInboxArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.lists.inbox(viewerOf(principal, ctx), args.filter ?? {}, args.first, args.after);
  }

  @Query(() => FeedbackBoardConnection, {
    description:
      '“You said, we did”: inputs with a public response, newest response first, of one ' +
      'trajectory or (null) every trajectory the caller can see.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  feedbackBoard(
    @Args() args: FeedbackBoardArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.lists.board(
      viewerOf(principal, ctx),
      args.trajectoryId,
      args.filter ?? {},
      args.first,
      args.after,
    );
  }

  @Query(() => [FeedbackTemplateObject], {
    description: 'Organisation-wide response templates and those of the trajectory, by title.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async feedbackTemplates(
    @Args() args: FeedbackTemplatesArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<FeedbackTemplateObject[]> {
    const rows = await this.templates.list(viewerOf(principal, ctx), args.trajectoryId ?? null);
    return rows.map(toTemplate);
  }

  @Query(() => BulkFeedbackJobObject, {
    nullable: true,
    description: 'Progress of one of the caller’s bulk answers (null for any other id).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async bulkFeedbackJob(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<BulkFeedbackJobObject | null> {
    const job = await this.bulk.get(viewerOf(principal, ctx), id);
    return job ? toJob(job) : null;
  }

  @Query(() => [FeedbackMetricsRowObject], {
    description:
      'Share answered, median hours to the first response and overdue inputs per group: ' +
      'managers, moderators and admins for the trajectories they can see, the team for its own.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  feedbackMetrics(
    @Args() args: FeedbackMetricsArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<FeedbackMetricsRowObject[]> {
    return this.lists.metrics(viewerOf(principal, ctx), args.trajectoryId, args.groupBy);
  }

  @Query(() => InputSummaryObject, {
    nullable: true,
    description: 'Any input the caller can see; NOT_FOUND otherwise.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  input(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<InputSummaryObject> {
    return this.feedback.input(viewerOf(principal, ctx), id);
  }

  @Mutation(() => InputSummaryObject, {
    description:
      'Gives an input a status and (public) response; notifies its author, supporters, ' +
      'commenters and followers. A retry with the same idempotencyKey adds nothing.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  respondToInput(
    @Args('input') input: RespondToInputInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<InputSummaryObject> {
    return this.feedback.respond({ principal, origin }, input);
  }

  @Mutation(() => InputSummaryObject, {
    description:
      'Merges a duplicate into another input of the same kind and trajectory: its supporters ' +
      'and followers move (each counted once), it becomes MERGED. Returns the surviving input.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  mergeInput(
    @Args('input') input: MergeInputInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<InputSummaryObject> {
    return this.feedback.merge({ principal, origin }, input.inputId, input.intoId, input.text);
  }

  @Mutation(() => BulkFeedbackJobObject, {
    description:
      'Answers many inputs with one status and text (or template). Up to 25 at once (the job ' +
      'is DONE on return), more as a job: poll bulkFeedbackJob.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async bulkRespond(
    @Args('input') input: BulkRespondInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<BulkFeedbackJobObject> {
    return toJob(await this.bulk.start({ principal, origin }, input));
  }

  @Mutation(() => FeedbackTemplateObject, {
    description: 'Organisation-wide (moderators) or for a trajectory (its owner, project leads).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createFeedbackTemplate(
    @Args('input') input: FeedbackTemplateInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<FeedbackTemplateObject> {
    return toTemplate(
      await this.templates.create(
        { principal, origin },
        { ...input, trajectoryId: input.trajectoryId ?? null },
      ),
    );
  }

  @Mutation(() => FeedbackTemplateObject, {
    description: 'Who may create it may change it (NOT_FOUND for templates one cannot use).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateFeedbackTemplate(
    @Args() { id, input }: UpdateFeedbackTemplateArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<FeedbackTemplateObject> {
    return toTemplate(
      await this.templates.update({ principal, origin }, id, {
        ...input,
        trajectoryId: input.trajectoryId ?? null,
      }),
    );
  }

  @Mutation(() => Boolean, { description: 'Deletes a template; answers already given stay.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  deleteFeedbackTemplate(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<boolean> {
    return this.templates.delete({ principal, origin }, id);
  }
}
