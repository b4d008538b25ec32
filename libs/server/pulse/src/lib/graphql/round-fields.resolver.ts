import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { resolvedPrincipal } from '@inspraak/server-auth';
import { NotFoundError } from '@inspraak/server-errors';
import { GraphqlContext } from '@inspraak/server-graphql';
import { AnswerRepository } from '../repositories/answer.repository';
import { PulseAnswers } from '../services/answer.service';
import { PulseRoundObject, PulseRoundViewerObject, PulseSubmitResultObject } from './objects';
import { PulseViews } from './pulse-views';

/**
 * The round fields that cost a query, resolved only when asked and batched per request: the
 * answer count and the caller's own status. Plain field resolvers (no parameter decorators).
 */
@Resolver(() => PulseRoundObject)
export class PulseRoundFieldsResolver {
  constructor(
    private readonly answers: AnswerRepository,
    private readonly answering: PulseAnswers,
  ) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Answers so far: while open, those already moved into the anonymous table (they grow in ' +
      'steps of at least k per reporting unit); when closed, all. Null while fewer than k.',
  })
  async responseCount(round: PulseRoundObject, _args: unknown, ctx: GraphqlContext) {
    const n = await ctx.loaders
      .get<string, number>('pulse.participants', async (ids) => {
        const counts = await this.answers.participants(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(round.id);
    return n >= round.k ? n : null;
  }

  @ResolveField(() => PulseRoundViewerObject)
  async viewer(round: PulseRoundObject, _args: unknown, ctx: GraphqlContext) {
    const answered =
      round.asked &&
      (await ctx.loaders
        .get<string, boolean>(`pulse.answered:${round.viewerId}`, async (ids) => {
          const done = await this.answering.answeredAmong(ids, round.viewerId);
          return ids.map((id) => done.has(id));
        })
        .load(round.id));
    return {
      asked: round.asked,
      answered,
      canAnswer: round.asked && !answered && round.openForAnswers,
    };
  }
}

@Resolver(() => PulseSubmitResultObject)
export class PulseSubmitResultFieldsResolver {
  constructor(
    private readonly answering: PulseAnswers,
    private readonly views: PulseViews,
  ) {}

  @ResolveField(() => PulseRoundObject, { description: 'The round, as pulseRound shows it.' })
  async round(result: PulseSubmitResultObject, _args: unknown, ctx: GraphqlContext) {
    const principal = resolvedPrincipal(ctx.req);
    if (!principal) throw new NotFoundError('Pulse round');
    const viewer = { principal, loaders: ctx.loaders };
    return this.views.round(viewer, await this.answering.round(viewer, result.roundId));
  }
}
