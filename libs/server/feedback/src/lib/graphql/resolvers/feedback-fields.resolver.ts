import { Injectable } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { ANONYMOUS_NAME, InputAuthorObject } from '@inspraak/server-inputs';
import { InputFeedbackEntity } from '../../entities/feedback.entities';
import {
  FeedbackKindRegistry,
  FeedbackTargetDescription,
} from '../../kinds/feedback-kind.registry';
import { FeedbackInputRow } from '../../repositories/feedback-input.row';
import { FeedbackRepository } from '../../repositories/feedback.repository';
import { FeedbackTargets } from '../../services/feedback-targets.service';
import { toFeedback, toFeedbackEntry } from '../mappers';
import {
  FeedbackEntryObject,
  FeedbackObject,
  FeedbackTemplateObject,
  InputSummaryObject,
  TrajectoryRefObject,
} from '../objects';

/** The name shown when a named author's account was erased. */
export const ERASED_NAME = 'Onbekend';

/** Batched reads shared by the feedback field resolvers (one query per request and kind). */
class Loads {
  constructor(
    private readonly ctx: GraphqlContext,
    private readonly repository: FeedbackRepository,
    private readonly targets: FeedbackTargets,
    private readonly kinds: FeedbackKindRegistry,
  ) {}

  private load<K, V>(key: string, id: K, batch: (ids: readonly K[]) => Promise<V[]>) {
    return this.ctx.loaders.get<K, V>(`feedback.${key}`, batch).load(id);
  }

  personName(id: string) {
    return this.load<string, string | null>('personName', id, async (ids) => {
      const names = await this.repository.personNames(ids);
      return ids.map((i) => names.get(i) ?? null);
    });
  }

  trajectoryTitle(id: string) {
    return this.load<string, string>('trajectoryTitle', id, async (ids) => {
      const titles = await this.repository.trajectoryTitles(ids);
      return ids.map((i) => titles.get(i) ?? '');
    });
  }

  describe(row: FeedbackInputRow) {
    return this.load<FeedbackInputRow, FeedbackTargetDescription | null>(
      'describe',
      row,
      async (rows) => {
        const out = new Map<string, FeedbackTargetDescription>();
        for (const kind of new Set(rows.map((r) => r.kind))) {
          const found = await this.kinds
            .provider(kind)
            .describe(rows.filter((r) => r.kind === kind));
          for (const [id, d] of found) out.set(id, d);
        }
        return rows.map((r) => out.get(r.id) ?? null);
      },
    );
  }

  history(inputId: string) {
    return this.load<string, InputFeedbackEntity[]>('history', inputId, async (ids) => {
      const map = await this.repository.entries(ids);
      return ids.map((i) => map.get(i) ?? []);
    });
  }

  /** The input as the viewer may see it, or null (merged into something they cannot see). */
  summary(principal: Principal, id: string) {
    return this.load<string, InputSummaryObject | null>(
      `summary:${principal.userId}`,
      id,
      async (ids) => {
        const rows = await this.repository.findInputs(ids);
        const seen = await this.targets.summaries({ principal, loaders: this.ctx.loaders }, rows);
        const byId = new Map(seen.map((s) => [s.id, s]));
        return ids.map((i) => byId.get(i) ?? null);
      },
    );
  }

  async author(row: {
    authorId: string | null;
    authorHash: string | null;
  }): Promise<InputAuthorObject> {
    if (row.authorHash !== null) return { id: null, name: ANONYMOUS_NAME, anonymous: true };
    const name = row.authorId ? await this.personName(row.authorId) : null;
    return name === null
      ? { id: null, name: ERASED_NAME, anonymous: false }
      : { id: row.authorId, name, anonymous: false };
  }

  async person(id: string | null): Promise<InputAuthorObject | null> {
    const name = id ? await this.personName(id) : null;
    return name === null ? null : { id, name, anonymous: false };
  }
}

// Decorated so the subclasses inherit the constructor's parameter types (injection).
@Injectable()
abstract class WithLoads {
  constructor(
    protected readonly repository: FeedbackRepository,
    protected readonly targets: FeedbackTargets,
    protected readonly kinds: FeedbackKindRegistry,
  ) {}

  protected loads(ctx: GraphqlContext) {
    return new Loads(ctx, this.repository, this.targets, this.kinds);
  }
}

@Resolver(() => InputSummaryObject)
export class InputSummaryFieldsResolver extends WithLoads {
  @ResolveField(() => TrajectoryRefObject, { description: 'The trajectory it was given in.' })
  async trajectory(@Parent() s: InputSummaryObject, @Context() ctx: GraphqlContext) {
    return {
      id: s.row.trajectoryId,
      title: await this.loads(ctx).trajectoryTitle(s.row.trajectoryId),
    };
  }

  @ResolveField(() => String, { description: 'What it answers, e.g. the challenge’s question.' })
  async containerTitle(@Parent() s: InputSummaryObject, @Context() ctx: GraphqlContext) {
    return (await this.loads(ctx).describe(s.row))?.containerTitle ?? '';
  }

  @ResolveField(() => String, {
    description:
      'Web path, e.g. /ideeen/<id>; a pulse action: its round’s results, /puls/resultaten/<roundId>.',
  })
  path(@Parent() s: InputSummaryObject) {
    return this.kinds.definition(s.row.kind).path(s.id, s.row.containerId);
  }

  @ResolveField(() => InputAuthorObject, {
    description: 'Anonymous authors are "Anoniem" without id for every viewer.',
  })
  author(@Parent() s: InputSummaryObject, @Context() ctx: GraphqlContext) {
    return this.loads(ctx).author(s.row);
  }

  @ResolveField(() => FeedbackObject, { description: 'Its status, response and history.' })
  feedback(@Parent() s: InputSummaryObject): FeedbackObject {
    return toFeedback(s.row);
  }
}

@Resolver(() => FeedbackObject)
export class FeedbackFieldsResolver extends WithLoads {
  @ResolveField(() => InputAuthorObject, {
    nullable: true,
    description: 'Who gave the latest response (null before the first).',
  })
  responder(@Parent() f: FeedbackObject, @Context() ctx: GraphqlContext) {
    return this.loads(ctx).person(f.responderId);
  }

  @ResolveField(() => InputSummaryObject, {
    nullable: true,
    description: 'The surviving input (MERGED), if the caller can see it.',
  })
  mergedInto(
    @Parent() f: FeedbackObject,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return f.mergedIntoId ? this.loads(ctx).summary(principal, f.mergedIntoId) : null;
  }

  @ResolveField(() => [FeedbackEntryObject], { description: 'Every change, newest first.' })
  async history(@Parent() f: FeedbackObject, @Context() ctx: GraphqlContext) {
    return (await this.loads(ctx).history(f.inputId)).map(toFeedbackEntry);
  }
}

@Resolver(() => FeedbackEntryObject)
export class FeedbackEntryFieldsResolver extends WithLoads {
  @ResolveField(() => InputAuthorObject, {
    nullable: true,
    description: 'Who gave it (null: the account was erased).',
  })
  responder(@Parent() e: FeedbackEntryObject, @Context() ctx: GraphqlContext) {
    return this.loads(ctx).person(e.responderId);
  }

  @ResolveField(() => InputSummaryObject, {
    nullable: true,
    description: 'MERGED: the surviving input, if the caller can see it.',
  })
  mergedInto(
    @Parent() e: FeedbackEntryObject,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return e.mergedIntoId ? this.loads(ctx).summary(principal, e.mergedIntoId) : null;
  }
}

@Resolver(() => FeedbackTemplateObject)
export class FeedbackTemplateFieldsResolver extends WithLoads {
  @ResolveField(() => TrajectoryRefObject, {
    nullable: true,
    description: 'Null: an organisation-wide template.',
  })
  async trajectory(@Parent() t: FeedbackTemplateObject, @Context() ctx: GraphqlContext) {
    if (!t.trajectoryId) return null;
    return { id: t.trajectoryId, title: await this.loads(ctx).trajectoryTitle(t.trajectoryId) };
  }
}
