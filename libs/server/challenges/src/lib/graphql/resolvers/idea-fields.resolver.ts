import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeState, InputStatus } from '@inspraak/contracts';
import { CurrentUser, Principal, resolvedPrincipal } from '@inspraak/server-auth';
import { UnauthenticatedError } from '@inspraak/server-errors';
import { GraphqlContext } from '@inspraak/server-graphql';
import {
  ANONYMOUS_NAME,
  CommentConnection,
  InputAuthorObject,
  InputRepository,
} from '@inspraak/server-inputs';
import { FeedbackObject, toFeedback } from '@inspraak/server-feedback';
import { AttachmentObject, AttachmentView } from '@inspraak/server-storage';
import { ChallengeEntity } from '../../entities/challenge.entity';
import { ChallengeAccess, ChallengeAccessService } from '../../services/challenge-access.service';
import { ChallengeService } from '../../services/challenge.service';
import { CommentService } from '../../services/comment.service';
import { IdeaService } from '../../services/idea.service';
import { CommentsArgs } from '../inputs';
import { toChallenge, toComment } from '../mappers';
import { ChallengeObject, IdeaObject, IdeaViewerObject } from '../objects';
import { batched, viewerOf } from '../request-context';

/** The author of an input or comment as every viewer sees it: anonymous stays anonymous. */
export async function authorOf(
  ctx: GraphqlContext,
  inputs: InputRepository,
  row: { authorId: string | null; authorHash: string | null },
): Promise<InputAuthorObject | null> {
  if (row.authorHash !== null) return { id: null, name: ANONYMOUS_NAME, anonymous: true };
  if (!row.authorId) return null;
  const name = await batched(
    ctx,
    'personName',
    row.authorId,
    (ids) => inputs.personNames(ids),
    null,
  );
  return name === null ? null : { id: row.authorId, name, anonymous: false };
}

@Resolver(() => IdeaObject)
export class IdeaFieldsResolver {
  constructor(
    private readonly inputs: InputRepository,
    private readonly ideas: IdeaService,
    private readonly commentService: CommentService,
    private readonly challenges: ChallengeService,
    private readonly access: ChallengeAccessService,
  ) {}

  @ResolveField(() => InputAuthorObject, {
    nullable: true,
    description: 'Null only when the author’s account was erased.',
  })
  // No parameter decorators: Nest binds such a field resolver as is (no per-field pipeline),
  // which matters at 20 cards a page. Same for `viewer`.
  author(idea: IdeaObject, _args: unknown, ctx: GraphqlContext) {
    const known = idea.listView;
    if (!known || idea.authorHash !== null) return authorOf(ctx, this.inputs, idea);
    // The list read the name (null: the account was erased), exactly like authorOf's loader.
    return known.authorName === null || !idea.authorId
      ? null
      : { id: idea.authorId, name: known.authorName, anonymous: false };
  }

  @ResolveField(() => [AttachmentObject], { description: 'Images, oldest first.' })
  attachments(@Parent() idea: IdeaObject, @Context() ctx: GraphqlContext) {
    return batched<AttachmentView[]>(
      ctx,
      'attachments',
      idea.id,
      (ids) => this.ideas.attachmentsOf(ids),
      [],
    );
  }

  @ResolveField(() => FeedbackObject, {
    description: 'The feedback loop: status, public response, due date and history.',
  })
  feedback(idea: IdeaObject): FeedbackObject {
    return toFeedback(idea.feedbackState);
  }

  @ResolveField(() => IdeaViewerObject)
  viewer(
    idea: IdeaObject,
    _args: unknown,
    ctx: GraphqlContext,
  ): IdeaViewerObject | Promise<IdeaViewerObject> {
    // The operation's guard resolved the principal; every query returning ideas needs one.
    const principal = resolvedPrincipal(ctx.req);
    if (!principal) throw new UnauthenticatedError();
    const known = idea.listView;
    if (known) return this.viewerOf(principal.userId, idea, known.challenge, known.supported);
    return this.access
      .of(viewerOf(principal, ctx), idea.challengeId)
      .then((challenge) => this.viewerOf(principal.userId, idea, challenge, undefined));
  }

  private viewerOf(
    userId: string,
    idea: IdeaObject,
    challenge: ChallengeAccess,
    knownSupported: boolean | undefined,
  ): IdeaViewerObject {
    const isAuthor = this.ideas.isAuthor(userId, idea);
    const active = idea.status === InputStatus.ACTIVE;
    return {
      ideaId: idea.id,
      userId,
      ...(knownSupported === undefined ? {} : { knownSupported }),
      isAuthor,
      canEdit: isAuthor && active && challenge.state === ChallengeState.OPEN,
      canWithdraw:
        isAuthor &&
        active &&
        (challenge.state === ChallengeState.OPEN || challenge.state === ChallengeState.REVIEW),
      canRespond: challenge.canModerate && active,
    };
  }

  @ResolveField(() => ChallengeObject)
  async challenge(@Parent() idea: IdeaObject, @Context() ctx: GraphqlContext) {
    const c = await batched<ChallengeEntity | null>(
      ctx,
      'challenge',
      idea.challengeId,
      async (ids) => new Map((await this.challenges.byIds(ids)).map((r) => [r.id, r])),
      null,
    );
    return toChallenge(c!);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Top-level comments, oldest first; replies under each.',
  })
  async comments(
    @Parent() idea: IdeaObject,
    @Args() args: CommentsArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentConnection> {
    const { access, connection } = await this.commentService.page(
      viewerOf(principal, ctx),
      idea.id,
      args.first,
      args.after,
    );
    return {
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((e) => ({
        cursor: e.cursor,
        node: toComment(
          e.node,
          access,
          this.commentService.showsBody(principal.userId, e.node, access),
        ),
      })),
    };
  }
}
