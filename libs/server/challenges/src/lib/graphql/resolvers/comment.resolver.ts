import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import {
  CommentConnection,
  CommentObject,
  CommentViewerObject,
  InputAuthorObject,
  InputRepository,
} from '@inspraak/server-inputs';
import { CommentService } from '../../services/comment.service';
import { IdeaService } from '../../services/idea.service';
import { AddCommentInput, IdArgs, IdeaCommentsArgs, UpdateCommentInput } from '../inputs';
import { CommentView, toComment } from '../mappers';
import { batched, viewerOf } from '../request-context';
import { authorOf } from './idea-fields.resolver';

@Resolver(() => CommentObject)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly ideas: IdeaService,
    private readonly inputs: InputRepository,
  ) {}

  private async view(principal: Principal, c: Parameters<typeof toComment>[0]) {
    const { access } = await this.ideas.load({ principal, loaders: null }, c.inputId);
    return toComment(c, access, this.comments.showsBody(principal.userId, c, access));
  }

  @Query(() => CommentConnection, {
    description:
      'Top-level comments of an idea, oldest first, with their replies (the same as ' +
      'Idea.comments, one level shallower for the query cost limit).',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async ideaComments(
    @Args() args: IdeaCommentsArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentConnection> {
    const { access, connection } = await this.comments.page(
      viewerOf(principal, ctx),
      args.ideaId,
      args.first,
      args.after,
    );
    return {
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((e) => ({
        cursor: e.cursor,
        node: toComment(e.node, access, this.comments.showsBody(principal.userId, e.node, access)),
      })),
    };
  }

  @Mutation(() => CommentObject, {
    description:
      'Comments on an idea, or replies to a top-level comment; optionally anonymous (no ' +
      'identity stored).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async addComment(
    @Args('input') input: AddCommentInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const c = await this.comments.add(
      { principal, origin },
      input.inputId,
      input.parentId ?? null,
      input.body,
      input.anonymous,
    );
    return this.view(principal, c);
  }

  @Mutation(() => CommentObject, { description: 'The author changes their comment.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateComment(
    @Args('input') input: UpdateCommentInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return this.view(
      principal,
      await this.comments.update({ principal, origin }, input.id, input.body),
    );
  }

  @Mutation(() => Boolean, { description: 'The author deletes their comment (replies stay).' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async deleteComment(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<boolean> {
    await this.comments.delete({ principal, origin }, id);
    return true;
  }

  @ResolveField(() => InputAuthorObject, { nullable: true })
  author(@Parent() c: CommentView, @Context() ctx: GraphqlContext) {
    return c.deleted ? null : authorOf(ctx, this.inputs, c);
  }

  @ResolveField(() => CommentViewerObject)
  viewer(@Parent() c: CommentView, @CurrentUser() principal: Principal): CommentViewerObject {
    const isAuthor = this.comments.isAuthor(principal.userId, c);
    return { isAuthor, canEdit: isAuthor && !c.deleted, canDelete: isAuthor && !c.deleted };
  }

  @ResolveField(() => [CommentObject], {
    description: 'Replies to a top-level comment, oldest first.',
  })
  async replies(
    @Parent() c: CommentView,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentView[]> {
    if (c.parentId) return [];
    const rows = await batched(ctx, 'replies', c.id, (ids) => this.comments.replies(ids), []);
    return rows.map((r) =>
      toComment(r, c.idea, this.comments.showsBody(principal.userId, r, c.idea)),
    );
  }
}
