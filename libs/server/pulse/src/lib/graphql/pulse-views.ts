import { Inject, Injectable } from '@nestjs/common';
import { SimPhase } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { Viewer } from '@inspraak/server-trajectories';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { RoundRepository } from '../repositories/round.repository';
import { SurveyRecord } from '../repositories/survey.repository';
import { ResultsView } from '../results/results.service';
import { PulseTrends } from '../results/trend.service';
import { RespondentRound } from '../services/answer.service';
import { SurveyAccess } from '../services/pulse-access.service';
import { thresholds } from '../services/round-lifecycle.service';
import { PulseTemplateKey } from '../templates/templates';
import { toDimension, toQuestion, toRound } from './mappers';
import {
  PulseResultsObject,
  PulseRoundObject,
  PulseSurveyObject,
  PulseTrendObject,
} from './objects';

/** Builds the GraphQL objects from services' results (the costly round fields resolve lazily). */
@Injectable()
export class PulseViews {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rounds: RoundRepository,
  ) {}

  roundList(viewer: Viewer, survey: SurveyRecord, list: PulseRoundEntity[], asked: Set<string>) {
    const effective = thresholds(survey, this.config);
    return list.map((r) =>
      toRound(r, survey, { asked: asked.has(r.id), viewerId: viewer.principal.userId, effective }),
    );
  }

  round(viewer: Viewer, r: RespondentRound): PulseRoundObject {
    return this.roundList(viewer, r.survey, [r.round], new Set(r.member ? [r.round.id] : []))[0];
  }

  async survey(viewer: Viewer, a: SurveyAccess): Promise<PulseSurveyObject> {
    const s = a.survey;
    const rounds = await this.rounds.ofSurveys([s.id]);
    const effective = thresholds(s, this.config);
    return {
      id: s.id,
      title: s.title,
      description: s.description,
      trajectoryId: s.trajectoryId,
      phase: (s.phase as SimPhase | null) ?? null,
      templates: s.templates.map((t) => ({ key: t.key as PulseTemplateKey, version: t.version })),
      questions: s.questions.map(toQuestion),
      dimensions: s.dimensions.map(toDimension),
      orgUnitIds: s.orgUnitIds,
      k: s.k,
      kComments: s.kComments,
      effectiveK: effective.k,
      effectiveKComments: effective.kComments,
      recurrenceWeeks: s.recurrenceWeeks,
      roundDays: s.roundDays,
      nextRoundAt: s.nextRoundAt,
      reminders: s.reminders,
      archived: s.archivedAt !== null,
      createdAt: s.createdAt,
      rounds: this.roundList(viewer, s, rounds, a.memberOfRounds),
      viewer: { canManage: a.canManage },
    };
  }

  results(view: ResultsView): PulseResultsObject {
    return {
      roundId: view.round.id,
      surveyId: view.survey.id,
      released: view.released,
      k: view.k,
      kComments: view.kComments,
      questions: view.questions.map(toQuestion),
      dimensions: view.dimensions.map(toDimension),
      nodes: view.nodes.map((n) => ({
        orgUnitId: n.orgUnitId,
        parentOrgUnitId: n.parentOrgUnitId,
        name: n.name,
        depth: n.depth,
        audience: n.audience,
        hidden: n.hidden,
        hiddenReason: n.hiddenReason,
        responses: n.responses,
        responseRate: n.responseRate,
        dimensions: n.dimensions,
        questions: n.questions,
        commentsVisible: n.commentsVisible,
        roundId: view.round.id,
        reportingUnits: n.reportingUnits,
      })),
    };
  }

  trend(
    surveyId: string,
    orgUnitId: string | null,
    t: Awaited<ReturnType<PulseTrends['trend']>>,
  ): PulseTrendObject {
    return {
      surveyId,
      orgUnitId,
      points: t.points.map((p) => ({
        roundId: p.round.id,
        number: p.round.number,
        phase: (p.round.phase as SimPhase | null) ?? null,
        closesAt: p.round.closesAt,
        shown: p.shown,
        responses: p.responses,
        dimensions: p.dimensions,
        enps: p.enps,
      })),
      phases: t.phases.map((p) => ({ ...p, phase: (p.phase as SimPhase | null) ?? null })),
    };
  }
}
