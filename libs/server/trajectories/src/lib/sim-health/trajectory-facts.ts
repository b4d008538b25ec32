import { Injectable } from '@nestjs/common';
import { SimPhase } from '@inspraak/contracts';
import { CriterionResultEntity, SuccessCriterionEntity } from '../entities/criterion.entity';
import { DecisionEntity, DecisionRuleEntity } from '../entities/decision.entity';
import {
  BusinessCaseItemEntity,
  OptionEffectEntity,
  SolutionOptionEntity,
} from '../entities/impact.entity';
import { MandateEntity } from '../entities/mandate.entity';
import { StakeholderEntity } from '../entities/stakeholder.entity';
import { TrajectoryMemberEntity } from '../entities/team.entity';
import { PhaseChangeEntity, TrajectoryEntity } from '../entities/trajectory.entity';
import { AnalysisRepository } from '../repositories/analysis.repository';
import { ImpactRepository, ValuationSummaryRow } from '../repositories/impact.repository';
import { PlanningRepository } from '../repositories/planning.repository';
import { TeamRepository } from '../repositories/team.repository';
import { TrajectoryRepository } from '../repositories/trajectory.repository';
import { SimHealthContext } from './sim-health.registry';

/** Everything the built-in checks read about one trajectory. */
export interface TrajectoryFacts {
  trajectory: TrajectoryEntity;
  history: PhaseChangeEntity[];
  mandate: MandateEntity | null;
  team: TrajectoryMemberEntity[];
  rules: DecisionRuleEntity[];
  decisions: DecisionEntity[];
  stakeholders: StakeholderEntity[];
  criteria: SuccessCriterionEntity[];
  results: CriterionResultEntity[];
  options: SolutionOptionEntity[];
  effects: OptionEffectEntity[];
  businessCase: BusinessCaseItemEntity[];
  valuation: ValuationSummaryRow[];
}

/** When the trajectory first entered `phase` (null: never). */
export function firstEntry(facts: TrajectoryFacts, phase: SimPhase): Date | null {
  return facts.history.find((h) => h.toPhase === (phase as string))?.at ?? null;
}

@Injectable()
export class TrajectoryFactsLoader {
  constructor(
    private readonly trajectories: TrajectoryRepository,
    private readonly team: TeamRepository,
    private readonly planning: PlanningRepository,
    private readonly analysis: AnalysisRepository,
    private readonly impact: ImpactRepository,
  ) {}

  /** Loaded once per evaluation run, however many checks ask. */
  facts(trajectoryId: string, ctx: SimHealthContext): Promise<TrajectoryFacts | null> {
    return ctx.once(`trajectory-facts:${trajectoryId}`, () => this.load(trajectoryId));
  }

  private async load(id: string): Promise<TrajectoryFacts | null> {
    const [trajectory] = await this.trajectories.findByIds([id]);
    if (!trajectory) return null;
    const options = await this.impact.options.list(id);
    const optionIds = options.map((o) => o.id);
    const criteria = await this.analysis.criteria.list(id);
    const results = await this.analysis.results.byParents(criteria.map((c) => c.id));
    const businessCase = await this.impact.businessCase.byParents(optionIds);
    return {
      trajectory,
      history: (await this.trajectories.history([id])).get(id) ?? [],
      mandate: await this.planning.findMandate(id),
      team: await this.team.members.list(id),
      rules: await this.planning.rules.list(id),
      decisions: await this.planning.decisions.list(id),
      stakeholders: await this.analysis.stakeholders.list(id),
      criteria,
      results: [...results.values()].flat(),
      options,
      effects: [...(await this.impact.effects(optionIds)).values()].flat(),
      businessCase: [...businessCase.values()].flat(),
      valuation: (await this.impact.valuationSummary([id])).get(id) ?? [],
    };
  }
}
