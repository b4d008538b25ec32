import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@inspraak/server-graphql';
import { IdeaService } from '../../services/idea.service';
import { IdeaViewerObject } from '../objects';

/**
 * The caller's support and follow of an idea, read only when a query asks for them: one batched
 * query per request for all ideas asked (or none, when the list read brought the support). The
 * methods take no parameter decorators, so Nest binds them as plain field resolvers.
 */
@Resolver(() => IdeaViewerObject)
export class IdeaViewerFieldsResolver {
  constructor(private readonly ideas: IdeaService) {}

  @ResolveField(() => Boolean)
  supported(v: IdeaViewerObject, _args: unknown, ctx: GraphqlContext): boolean | Promise<boolean> {
    return v.knownSupported ?? this.marked(ctx, 'support', v);
  }

  @ResolveField(() => Boolean)
  following(v: IdeaViewerObject, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    return this.marked(ctx, 'follow', v);
  }

  private marked(ctx: GraphqlContext, what: 'support' | 'follow', v: IdeaViewerObject) {
    return ctx.loaders
      .get<string, boolean>(`challenges.${what}:${v.userId}`, async (ids) => {
        const marked = await this.ideas.markedBy(what, v.userId, ids);
        return ids.map((id) => marked.has(id));
      })
      .load(v.ideaId);
  }
}
