import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditAction, GlobalRole, Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { Viewer } from '@inspraak/server-trajectories';
import { PulseAudit } from '../actions/pulse-audit';
import { resultsCsv } from '../results/csv';
import { PulseResults } from '../results/results.service';
import { PulseTrends } from '../results/trend.service';
import { PulseAnswers } from '../services/answer.service';
import { PulseAccessService } from '../services/pulse-access.service';
import { PulseSurveys } from '../services/survey.service';
import { SurveyRepository } from '../repositories/survey.repository';
import { PULSE_TEMPLATES } from '../templates/templates';
import { toDimension, toQuestion } from './mappers';
import {
  CreatePulseSurveyInput,
  IdArgs,
  MyPulseRoundsArgs,
  PulseResultsArgs,
  PulseSurveysArgs,
  PulseTrendArgs,
  SchedulePulseRoundInput,
  SubmitPulseResponseInput,
  UpdatePulseSurveyInput,
} from './inputs';
import {
  PulseCommentObject,
  PulseResultNodeObject,
  PulseResultsObject,
  PulseRoundObject,
  PulseSubmitResultObject,
  PulseSurveyObject,
  PulseTemplateObject,
  PulseTrendObject,
} from './objects';
import { PulseViews } from './pulse-views';

const viewerOf = (principal: Principal, ctx: GraphqlContext): Viewer => ({
  principal,
  loaders: ctx.loaders,
});

const text = (t: { nl: string; en: string } | null | undefined) =>
  t ? { nl: t.nl.trim(), en: t.en.trim() } : null;

const customQuestions = (input: CreatePulseSurveyInput | UpdatePulseSurveyInput) =>
  input.customQuestions?.map((q) => ({
    key: q.key ?? null,
    type: q.type,
    text: text(q.text)!,
    dimension: text(q.dimension),
    lowLabel: text(q.lowLabel),
    highLabel: text(q.highLabel),
    options: q.options?.map((o) => ({ label: text(o.label)!, favourable: o.favourable })) ?? null,
  }));

/**
 * Anonymous pulse surveys (C5): templates, surveys and rounds for their owners, answering for
 * the audience, results with k and complementary suppression. See docs/pulse.md.
 */
@Resolver()
export class PulseResolver {
  constructor(
    private readonly surveys: PulseSurveys,
    private readonly surveyRows: SurveyRepository,
    private readonly access: PulseAccessService,
    private readonly answers: PulseAnswers,
    private readonly results: PulseResults,
    private readonly trends: PulseTrends,
    private readonly views: PulseViews,
    private readonly audit: PulseAudit,
  ) {}

  @Query(() => [PulseTemplateObject], {
    description: 'The built-in question sets with their Dutch and English wording.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  pulseTemplates(): PulseTemplateObject[] {
    return PULSE_TEMPLATES.map((t) => ({
      key: t.key,
      version: t.version,
      name: t.name,
      description: t.description,
      dimension: toDimension(t.dimension),
      questions: t.questions.map(toQuestion),
    }));
  }

  @Query(() => [PulseSurveyObject], {
    description:
      'Surveys the caller manages or may see results of (managers: audience overlapping their ' +
      'units; employees: surveys whose rounds asked them), newest first.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async pulseSurveys(
    @Args() args: PulseSurveysArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseSurveyObject[]> {
    const viewer = viewerOf(principal, ctx);
    const trajectoryId = args.trajectoryId ?? null;
    const broad = principal.role === GlobalRole.ADMIN || principal.role === GlobalRole.MODERATOR;
    const ids = broad
      ? await this.surveyRows.allIds(trajectoryId, 500)
      : await this.surveyRows.visibleIds(principal.userId, trajectoryId, 500);
    const out: PulseSurveyObject[] = [];
    const rows = (await this.surveyRows.many(ids)).sort(
      (x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1),
    );
    for (const s of rows) {
      const a = await this.access.ofSurvey(viewer, s);
      if (a.visible) out.push(await this.views.survey(viewer, a));
      if (out.length >= args.first) break;
    }
    return out;
  }

  @Query(() => PulseSurveyObject, {
    description: 'One survey; NOT_FOUND when it does not exist or the caller may not see it.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async pulseSurvey(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseSurveyObject> {
    const viewer = viewerOf(principal, ctx);
    return this.views.survey(viewer, await this.access.survey(viewer, id));
  }

  @Query(() => [PulseRoundObject], {
    description:
      'Rounds that asked the caller: open ones first (to answer), then the latest closed.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async myPulseRounds(
    @Args() args: MyPulseRoundsArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseRoundObject[]> {
    const viewer = viewerOf(principal, ctx);
    const list = await this.answers.mine(viewer, args.first);
    return list.map((r) => this.views.round(viewer, r));
  }

  @Query(() => PulseRoundObject, {
    description:
      'A round to answer: questions, the privacy promise and whether the caller answered. For ' +
      'those it asked, and as a preview for survey owners; NOT_FOUND for everyone else.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async pulseRound(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseRoundObject> {
    const viewer = viewerOf(principal, ctx);
    return this.views.round(viewer, await this.answers.round(viewer, id));
  }

  @Query(() => PulseResultsObject, {
    description:
      'Results of a round (released when it closes): owners see every group, managers their ' +
      'units’ groups and the whole audience, everyone the round asked the whole audience only.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async pulseResults(
    @Args() args: PulseResultsArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseResultsObject> {
    const view = await this.results.view(
      viewerOf(principal, ctx),
      args.roundId,
      args.orgUnitId ?? null,
    );
    return this.views.results(view);
  }

  @Query(() => String, {
    description:
      'CSV (UTF-8 with BOM) of exactly the results pulseResults shows the caller: one row per ' +
      'group, question and answer; hidden groups without numbers; no comments.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async pulseResultsCsv(
    @Args() args: PulseResultsArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<string> {
    const view = await this.results.view(
      viewerOf(principal, ctx),
      args.roundId,
      args.orgUnitId ?? null,
    );
    const csv = resultsCsv(view);
    // What was exported, never what it said: the round, the narrowing, how many groups. Only
    // owners' and managers' exports: an entry naming someone of the round's audience next to
    // the round would come close to saying who took part.
    if (view.scope === 'all' || view.scope === 'managed') {
      await this.audit.record(
        { userId: principal.userId, ip: origin.ip },
        AuditAction.PULSE_RESULTS_EXPORT,
        'pulse_round',
        view.round.id,
        {
          surveyId: view.survey.id,
          orgUnitId: args.orgUnitId ?? null,
          released: view.released,
          groups: view.nodes.length,
          shownGroups: view.nodes.filter((n) => !n.hidden).length,
        },
      );
    }
    return csv;
  }

  @Query(() => PulseTrendObject, {
    description:
      'One group across the survey’s closed rounds and SIM phases, as each round’s results show ' +
      'it to the caller.',
  })
  @Authorize(Permission.TRAJECTORY_READ)
  async pulseTrend(
    @Args() args: PulseTrendArgs,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseTrendObject> {
    const orgUnitId = args.orgUnitId ?? null;
    const t = await this.trends.trend(viewerOf(principal, ctx), args.surveyId, orgUnitId);
    return this.views.trend(args.surveyId, orgUnitId, t);
  }

  @Mutation(() => PulseSurveyObject, {
    description:
      'A new survey (trajectory editors, moderators and admins; organisation-wide: moderators and ' +
      'admins). Questions from templates and/or custom questions.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createPulseSurvey(
    @Args('input') input: CreatePulseSurveyInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseSurveyObject> {
    const viewer = viewerOf(principal, ctx);
    const id = await this.surveys.create(
      viewer,
      {
        title: input.title,
        description: input.description ?? '',
        trajectoryId: input.trajectoryId ?? null,
        phase: input.phase ?? null,
        templates: input.templates ?? [],
        customQuestions: customQuestions(input) ?? [],
        orgUnitIds: input.orgUnitIds ?? [],
        k: input.k ?? null,
        kComments: input.kComments ?? null,
        recurrenceWeeks: input.recurrenceWeeks ?? null,
        roundDays: input.roundDays ?? 7,
        firstRoundAt: input.firstRoundAt ?? null,
        reminders: input.reminders ?? true,
      },
      origin.ip,
    );
    return this.views.survey(viewer, await this.access.survey(viewer, id));
  }

  @Mutation(() => PulseSurveyObject, {
    description:
      'Changes a survey (owners); rounds already open keep their questions and thresholds.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updatePulseSurvey(
    @Args('input') input: UpdatePulseSurveyInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseSurveyObject> {
    const viewer = viewerOf(principal, ctx);
    const changes: Parameters<PulseSurveys['update']>[2] = {};
    if (input.title != null) changes.title = input.title;
    if (input.description != null) changes.description = input.description;
    if (input.phase !== undefined) changes.phase = input.phase ?? null;
    if (input.orgUnitIds != null) changes.orgUnitIds = input.orgUnitIds;
    if (input.k !== undefined) changes.k = input.k ?? null;
    if (input.kComments !== undefined) changes.kComments = input.kComments ?? null;
    if (input.recurrenceWeeks !== undefined)
      changes.recurrenceWeeks = input.recurrenceWeeks ?? null;
    if (input.roundDays != null) changes.roundDays = input.roundDays;
    if (input.reminders != null) changes.reminders = input.reminders;
    if (input.templates != null) changes.templates = input.templates;
    if (input.customQuestions != null) changes.customQuestions = customQuestions(input);
    if (input.nextRoundAt !== undefined) changes.nextRoundAt = input.nextRoundAt ?? null;
    if (input.archived != null) changes.archived = input.archived;
    await this.surveys.update(viewer, input.id, changes, origin.ip);
    return this.views.survey(viewer, await this.access.survey(viewer, input.id));
  }

  @Mutation(() => PulseSurveyObject, {
    description:
      'Schedules a round (owners; one scheduled or open round at a time). Without `opensAt` it ' +
      'opens at once: the audience is fixed and invited. PRECONDITION_FAILED ' +
      '(AUDIENCE_TOO_SMALL) when fewer than k people would be asked.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async schedulePulseRound(
    @Args('input') input: SchedulePulseRoundInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseSurveyObject> {
    const viewer = viewerOf(principal, ctx);
    await this.surveys.schedule(
      viewer,
      input.surveyId,
      input.opensAt ?? null,
      input.closesAt,
      origin.ip,
    );
    return this.views.survey(viewer, await this.access.survey(viewer, input.surveyId));
  }

  @Mutation(() => PulseSurveyObject, {
    description:
      'Closes an open round now (owners): moves and seals the answers, releases results.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async closePulseRound(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseSurveyObject> {
    const viewer = viewerOf(principal, ctx);
    const surveyId = await this.surveys.close(viewer, id, origin.ip);
    return this.views.survey(viewer, await this.access.survey(viewer, surveyId));
  }

  @Mutation(() => PulseSubmitResultObject, {
    description:
      'Answers a round, anonymously (docs/pulse.md). One answer per person per round: a retry ' +
      'with the same idempotencyKey succeeds again, another attempt fails with CONFLICT ' +
      '(ALREADY_ANSWERED). Invalid answers give BAD_USER_INPUT with field codes that never ' +
      'repeat what was answered.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async submitPulseResponse(
    @Args('input') input: SubmitPulseResponseInput,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<PulseSubmitResultObject> {
    await this.answers.submit(
      viewerOf(principal, ctx),
      input.roundId,
      input.answers,
      input.idempotencyKey,
    );
    return { roundId: input.roundId, answered: true };
  }
}

@Resolver(() => PulseResultNodeObject)
export class PulseResultNodeResolver {
  constructor(private readonly results: PulseResults) {}

  @ResolveField(() => [PulseCommentObject], {
    description:
      'Open-text answers of the group (up to 500), in a new random order on every read, without ' +
      'dates; empty unless commentsVisible.',
  })
  async comments(@Parent() node: PulseResultNodeObject): Promise<PulseCommentObject[]> {
    const rows = await this.results.comments(node, node.roundId);
    return rows.map((r) => ({ questionKey: r.question_key, text: r.text }));
  }
}
