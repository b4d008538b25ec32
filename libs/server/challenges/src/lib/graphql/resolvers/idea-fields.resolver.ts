import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeState, InputStatus } from '@inspraak/contracts';
import { CurrentUser, Principal } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import {
  ANONYMOUS_NAME,
  CommentConnection,
  InputAuthorObject,
  InputRepository,
  InputResponseObject,
} from '@inspraak/server-inputs';
import { AttachmentObject, AttachmentView } from '@inspraak/server-storage';
import { ChallengeEntity } from '../../entities/challenge.entity';
import { ChallengeAccessService } from '../../services/challenge-access.service';
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
  author(@Parent() idea: IdeaObject, @Context() ctx: GraphqlContext) {
    return authorOf(ctx, this.inputs, idea);
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

  @ResolveField(() => InputResponseObject, { nullable: true })
  async response(
    @Parent() idea: IdeaObject,
    @Context() ctx: GraphqlContext,
  ): Promise<InputResponseObject | null> {
    if (idea.responseText === null || !idea.respondedAt) return null;
    const responder = (idea.respondedById &&
      (await authorOf(ctx, this.inputs, { authorId: idea.respondedById, authorHash: null }))) || {
      id: null,
      name: '',
      anonymous: false,
    };
    return { text: idea.responseText, responder, respondedAt: idea.respondedAt };
  }

  @ResolveField(() => IdeaViewerObject)
  async viewer(
    @Parent() idea: IdeaObject,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IdeaViewerObject> {
    const userId = principal.userId;
    const [supported, following, challenge] = await Promise.all([
      ctx.loaders
        .get<string, boolean>(`challenges.supported:${userId}`, async (ids) => {
          const set = await this.inputs.supportedBy(userId, ids);
          return ids.map((i) => set.has(i));
        })
        .load(idea.id),
      ctx.loaders
        .get<string, boolean>(`challenges.following:${userId}`, async (ids) => {
          const set = await this.inputs.followedBy(userId, ids);
          return ids.map((i) => set.has(i));
        })
        .load(idea.id),
      this.access.of(viewerOf(principal, ctx), idea.challengeId),
    ]);
    const isAuthor = this.ideas.isAuthor(userId, idea);
    const active = idea.status === InputStatus.ACTIVE;
    return {
      isAuthor,
      supported,
      following,
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
