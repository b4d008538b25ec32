import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdeaListState, IdeaSort, Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { IdeaService } from '../../services/idea.service';
import {
  AwaitingResponseArgs,
  IdArgs,
  IdeasArgs,
  SimilarIdeasArgs,
  SubmitIdeaInput,
  UpdateIdeaInput,
} from '../inputs';
import { toIdea, toIdeaCard } from '../mappers';
import { IdeaConnection, IdeaObject, SimilarIdeaObject } from '../objects';
import { viewerOf } from '../request-context';

@Resolver(() => IdeaObject)
export class IdeaResolver {
  constructor(private readonly service: IdeaService) {}

  @Query(() => IdeaConnection, {
    description:
      'Visible ideas of a challenge in one of four orders, filtered by state and tag; ' +
      'anonymous authors are masked for every viewer.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async ideas(
    @Args() args: IdeasArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IdeaConnection> {
    const { challenge, ...page } = await this.service.list(
      viewerOf(principal, ctx),
      args.challengeId,
      {
        first: args.first,
        ...(args.after ? { after: args.after } : {}),
        sort: args.sort ?? IdeaSort.NEWEST,
        state: args.state ?? IdeaListState.ALL,
        tag: args.tag ?? null,
        mine: args.mine ?? false,
      },
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toIdeaCard(e.node, challenge) })),
    };
  }

  @Query(() => IdeaObject, {
    description: 'One idea; NOT_FOUND when it does not exist or the caller may not see it.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async idea(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IdeaObject> {
    return toIdea((await this.service.load(viewerOf(principal, ctx), id)).idea);
  }

  @Query(() => [SimilarIdeaObject], {
    description:
      'Up to five visible ideas of the challenge resembling a text being typed (Dutch ' +
      'full-text search and trigram similarity of titles).',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async similarIdeas(
    @Args() args: SimilarIdeasArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<SimilarIdeaObject[]> {
    const rows = await this.service.similar(viewerOf(principal, ctx), args.challengeId, args.text);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      score: Number(r.rank) + Number(r.similarity),
    }));
  }

  @Query(() => [IdeaObject], {
    description:
      'Ideas that still need a published response before the challenge can close (moderators ' +
      'and the trajectory team), oldest first.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async ideasAwaitingResponse(
    @Args() args: AwaitingResponseArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IdeaObject[]> {
    const rows = await this.service.awaitingResponse(
      viewerOf(principal, ctx),
      args.challengeId,
      args.first,
    );
    return rows.map(toIdea);
  }

  @Mutation(() => IdeaObject, {
    description:
      'Submits an idea to an open challenge. Retrying with the same idempotencyKey returns ' +
      'the same idea. Anonymous: no identity is stored with it.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async submitIdea(
    @Args('input') input: SubmitIdeaInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaObject> {
    const idea = await this.service.submit({ principal, origin }, input.challengeId, {
      title: input.title,
      description: input.description,
      tags: input.tags,
      anonymous: input.anonymous,
      idempotencyKey: input.idempotencyKey,
      attachmentIds: input.attachmentIds,
      imageDescriptions: input.imageDescriptions,
    });
    return toIdea(idea);
  }

  @Mutation(() => IdeaObject, { description: 'The author, while the challenge is open.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateIdea(
    @Args('input') input: UpdateIdeaInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaObject> {
    return toIdea(
      await this.service.update({ principal, origin }, input.id, {
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(input.tags != null ? { tags: input.tags } : {}),
        ...(input.attachmentIds != null ? { attachmentIds: input.attachmentIds } : {}),
        ...(input.imageDescriptions != null ? { imageDescriptions: input.imageDescriptions } : {}),
      }),
    );
  }

  @Mutation(() => IdeaObject, { description: 'The author withdraws the idea.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async withdrawIdea(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaObject> {
    return toIdea(await this.service.withdraw({ principal, origin }, id));
  }

  @Mutation(() => IdeaObject, {
    description: 'Support an idea (once per person; repeat is a no-op).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async supportIdea(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaObject> {
    return toIdea(await this.service.toggle({ principal, origin }, id, 'support', true));
  }

  @Mutation(() => IdeaObject, { description: 'Take back one’s support.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async withdrawIdeaSupport(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaObject> {
    return toIdea(await this.service.toggle({ principal, origin }, id, 'support', false));
  }

  @Mutation(() => IdeaObject, { description: 'Follow an idea (hear about its response).' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async followIdea(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaObject> {
    return toIdea(await this.service.toggle({ principal, origin }, id, 'follow', true));
  }

  @Mutation(() => IdeaObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async unfollowIdea(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<IdeaObject> {
    return toIdea(await this.service.toggle({ principal, origin }, id, 'follow', false));
  }
}
