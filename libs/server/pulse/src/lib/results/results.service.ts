import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError } from '@inspraak/server-errors';
import { Viewer } from '@inspraak/server-trajectories';
import { HiddenReason, ROOT } from '../anonymity/suppression';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { PulseRoundState, RoundRepository, toStoredUnit } from '../repositories/round.repository';
import { isUuid, SurveyRecord } from '../repositories/survey.repository';
import { PulseAccessService, SurveyAccess } from '../services/pulse-access.service';
import { PulseDimension, PulseQuestion } from '../templates/questions';
import { ComputedNode, computeTree } from './result-tree';
import { DimensionResult, groupResults, QuestionResult } from './statistics';

/** What a caller may see of a closed round's tree. */
export type ResultScope =
  /** Survey owners: every group. */
  | { kind: 'all' }
  /** Managers: the whole audience and the groups in their units' subtrees. */
  | { kind: 'managed'; paths: string[] }
  /** Everyone the round asked: the whole audience only. */
  | { kind: 'audience' };

export interface ResultNodeView {
  orgUnitId: string | null;
  parentOrgUnitId: string | null;
  name: string | null;
  depth: number;
  audience: number;
  hidden: boolean;
  hiddenReason: HiddenReason | null;
  responses: number | null;
  responseRate: number | null;
  questions: QuestionResult[];
  dimensions: DimensionResult[];
  commentsVisible: boolean;
  /** Reporting units of the group (stored form), for its comments. */
  reportingUnits: string[];
}

export interface ResultsView {
  round: PulseRoundEntity;
  survey: SurveyRecord;
  released: boolean;
  k: number;
  kComments: number;
  questions: PulseQuestion[];
  dimensions: PulseDimension[];
  nodes: ResultNodeView[];
  /** Whose view it is (set by `view`): owners, managers or the round's audience. */
  scope?: ResultScope['kind'];
}

/**
 * Results of a round for one caller. Released only when the round is closed (and sealed); before
 * that nothing but the audience size is shown. Every view is a subset of the one suppressed tree
 * (result-tree.ts), filtered by the caller's scope and optionally narrowed to one unit's subtree.
 */
@Injectable()
export class PulseResults {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundRepository,
    private readonly access: PulseAccessService,
  ) {}

  /** The caller's scope for a round, or NOT_FOUND. */
  async scope(
    viewer: Viewer,
    round: PulseRoundEntity,
  ): Promise<{ a: SurveyAccess; scope: ResultScope }> {
    const a = await this.access.survey(viewer, round.surveyId);
    if (a.canManage) return { a, scope: { kind: 'all' } };
    if (a.managerOverlap) {
      const paths = await this.access.paths(a.managedUnitIds);
      return { a, scope: { kind: 'managed', paths: [...paths.values()] } };
    }
    if (a.memberOfRounds.has(round.id)) return { a, scope: { kind: 'audience' } };
    throw new NotFoundError('Pulse round');
  }

  async view(viewer: Viewer, roundId: string, orgUnitId: string | null): Promise<ResultsView> {
    const round = await this.rounds.get(roundId);
    if (!round) throw new NotFoundError('Pulse round');
    const { a, scope } = await this.scope(viewer, round);
    return { ...(await this.build(round, a.survey, scope, orgUnitId)), scope: scope.kind };
  }

  async build(
    round: PulseRoundEntity,
    survey: SurveyRecord,
    scope: ResultScope,
    orgUnitId: string | null,
  ): Promise<ResultsView> {
    const questions = round.questions ?? survey.questions;
    const dimensions = round.dimensions ?? survey.dimensions;
    const base = {
      round,
      survey,
      k: round.k ?? 0,
      kComments: round.kComments ?? 0,
      questions,
      dimensions,
    };
    if (round.state !== (PulseRoundState.CLOSED as string) || !round.cells || round.k === null) {
      if (orgUnitId !== null) throw new NotFoundError('Org unit');
      return { ...base, released: false, nodes: [] };
    }
    const audience = await this.rounds.audienceUnits(round.id);
    const tree = computeTree(
      audience,
      round.cells,
      round.audienceSize ?? 0,
      (await this.rounds.unitlessMembers(round.id)) > 0,
      round.k,
      round.kComments ?? round.k,
    );
    const names = await this.rounds.unitNames(tree.filter((n) => n.id !== ROOT).map((n) => n.id));
    const paths = scope.kind === 'managed' ? await this.access.paths([...names.keys()]) : null;
    const allowed = (n: ComputedNode) =>
      n.id === ROOT ||
      scope.kind === 'all' ||
      (scope.kind === 'managed' && scope.paths.some((p) => paths!.get(n.id)?.startsWith(p)));
    let nodes = tree.filter(allowed);
    if (orgUnitId !== null) {
      const top = nodes.find((n) => n.id === orgUnitId);
      if (!top || !isUuid(orgUnitId)) throw new NotFoundError('Org unit');
      const inside = new Set([top.id]);
      nodes = nodes.filter((n) => {
        if (n.id === top.id) return true;
        if (n.parentId !== null && inside.has(n.parentId)) inside.add(n.id);
        return inside.has(n.id);
      });
    }
    const ids = new Set(nodes.map((n) => n.id));
    return {
      ...base,
      released: true,
      nodes: nodes.map((n) => {
        // Re-parent to the nearest shown ancestor (managers see their subtrees under the root).
        let parent = n.parentId;
        while (parent !== null && !ids.has(parent)) {
          parent = tree.find((t) => t.id === parent)?.parentId ?? null;
        }
        const shown = n.visible;
        const group = shown ? groupResults(questions, dimensions, n.cell) : null;
        return {
          orgUnitId: n.id === ROOT ? null : n.id,
          parentOrgUnitId: parent === null || parent === ROOT ? null : parent,
          name: n.id === ROOT ? null : (names.get(n.id) ?? null),
          depth: n.depth,
          audience: n.audience,
          hidden: !shown,
          hiddenReason: n.reason,
          responses: shown ? n.cell.responses : null,
          responseRate: shown && n.audience ? round3(n.cell.responses / n.audience) : null,
          questions: group?.questions ?? [],
          dimensions: group?.dimensions ?? [],
          // Comments: owners everywhere, managers in their units, the audience nowhere.
          commentsVisible:
            shown &&
            n.commentsVisible &&
            (scope.kind === 'all' || (scope.kind === 'managed' && n.id !== ROOT)),
          reportingUnits: n.reportingUnits,
        };
      }),
    };
  }

  /** The comments of one shown group, shuffled on every read, without dates or ids. */
  async comments(
    node: Pick<ResultNodeView, 'commentsVisible' | 'reportingUnits'>,
    roundId: string,
    limit = 500,
  ) {
    if (!node.commentsVisible) return [];
    const units = node.reportingUnits.map(toStoredUnit);
    return this.dataSource.query<{ question_key: string; text: string }[]>(
      `SELECT question_key, text FROM pulse_comment
        WHERE round_id = $1 AND (reporting_unit_id = ANY($2::uuid[])
                                 OR ($3::boolean AND reporting_unit_id IS NULL))
        ORDER BY random() LIMIT $4`,
      [roundId, units.filter((u): u is string => u !== null), units.includes(null), limit],
    );
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
