import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@inspraak/server-errors';
import { Viewer } from '@inspraak/server-trajectories';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { RoundRepository } from '../repositories/round.repository';
import { PulseAccessService } from '../services/pulse-access.service';
import { PulseResults, ResultNodeView, ResultScope } from './results.service';
import { DimensionResult } from './statistics';

export interface TrendPoint {
  round: PulseRoundEntity;
  /** False when the group is hidden in that round (or was not asked then). */
  shown: boolean;
  responses: number | null;
  dimensions: DimensionResult[];
  enps: number | null;
}

export interface PhaseTrend {
  phase: string | null;
  rounds: number;
  responses: number;
  dimensions: DimensionResult[];
  enps: number | null;
}

/**
 * Trends of one group (the whole audience or an org unit) across the closed rounds of a survey
 * and across SIM phases. Each point is exactly what that round's results show the caller; the
 * phase figures are weighted means of shown points only, so they reveal nothing the points do not.
 */
@Injectable()
export class PulseTrends {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly results: PulseResults,
    private readonly access: PulseAccessService,
  ) {}

  async trend(viewer: Viewer, surveyId: string, orgUnitId: string | null) {
    const a = await this.access.survey(viewer, surveyId);
    const points: TrendPoint[] = [];
    let found = orgUnitId === null;
    for (const round of await this.rounds.closedOf(surveyId)) {
      let scope: ResultScope;
      try {
        scope = (await this.results.scope(viewer, round)).scope;
      } catch {
        continue; // a round that did not ask this member: not theirs to see
      }
      const view = await this.results.build(round, a.survey, scope, null);
      const node = view.nodes.find((n) => n.orgUnitId === orgUnitId);
      if (node) found = true;
      points.push(point(round, node));
    }
    if (!found) throw new NotFoundError('Org unit');
    return { survey: a.survey, points, phases: byPhase(points) };
  }
}

function point(round: PulseRoundEntity, node: ResultNodeView | undefined): TrendPoint {
  const shown = !!node && !node.hidden;
  return {
    round,
    shown,
    responses: shown ? node.responses : null,
    dimensions: shown ? node.dimensions : [],
    enps: shown ? (node.questions.find((q) => q.enps !== null)?.enps ?? null) : null,
  };
}

/** Shown points pooled per phase (weighted by responses), in the order the phases first appear. */
export function byPhase(points: readonly TrendPoint[]): PhaseTrend[] {
  const groups = new Map<string | null, TrendPoint[]>();
  for (const p of points) {
    if (!p.shown) continue;
    groups.set(p.round.phase, [...(groups.get(p.round.phase) ?? []), p]);
  }
  return [...groups].map(([phase, list]) => {
    const responses = list.reduce((s, p) => s + (p.responses ?? 0), 0);
    const keys = [...new Set(list.flatMap((p) => p.dimensions.map((d) => d.key)))];
    const weighted = (pick: (p: TrendPoint) => number | null, digits = 1) => {
      let sum = 0;
      let n = 0;
      for (const p of list) {
        const v = pick(p);
        if (v === null) continue;
        sum += v * (p.responses ?? 0);
        n += p.responses ?? 0;
      }
      return n ? Math.round((sum / n) * 10 ** digits) / 10 ** digits : null;
    };
    const dimension = (p: TrendPoint, key: string) => p.dimensions.find((d) => d.key === key);
    return {
      phase,
      rounds: list.length,
      responses,
      dimensions: keys.map((key) => ({
        key,
        score: weighted((p) => dimension(p, key)?.score ?? null),
        favourableShare: weighted((p) => dimension(p, key)?.favourableShare ?? null, 3),
      })),
      enps: weighted((p) => p.enps),
    };
  });
}
