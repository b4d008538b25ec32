import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CriterionVerdict, SimPhase, StakeholderKind, SuccessDimension } from '@inspraak/contracts';
import { CriterionResultEntity, SuccessCriterionEntity } from '../entities/criterion.entity';
import { StakeholderEntity } from '../entities/stakeholder.entity';
import { AnalysisRepository } from '../repositories/analysis.repository';
import { TrajectoryRepository } from '../repositories/trajectory.repository';
import { Actor, ChildTarget, TrajectoryAccessService } from './access.service';
import { invalid, PreconditionError } from './errors';
import { criteriaEditable, resultsAllowed } from './phase-machine';

export interface StakeholderFields {
  name: string;
  kind: StakeholderKind;
  orgUnitId: string | null;
  employerInterests: string;
  employeeInterests: string;
  influence: number;
  stance: number;
  involvement: string;
}

export interface CriterionFields {
  metric: string;
  target: string;
  howMeasured: string;
  dimension: SuccessDimension;
  agreedOn: string | null;
  agreedBy: string;
}

export interface ResultFields {
  value: string;
  verdict: CriterionVerdict;
  note: string;
  measuredOn: string;
}

const trimmed = <T extends object>(f: T): T =>
  Object.fromEntries(
    Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  ) as T;

/** Stakeholder analysis and success criteria (locked when the pilot starts). */
@Injectable()
export class AnalysisService {
  constructor(
    private readonly analysis: AnalysisRepository,
    private readonly trajectories: TrajectoryRepository,
    private readonly access: TrajectoryAccessService,
  ) {}

  stakeholders(ids: readonly string[]) {
    return this.analysis.stakeholders.byParents(ids);
  }

  criteria(ids: readonly string[]) {
    return this.analysis.criteria.byParents(ids);
  }

  results(criterionIds: readonly string[]) {
    return this.analysis.results.byParents(criterionIds);
  }

  createStakeholder(actor: Actor, trajectoryId: string, f: StakeholderFields) {
    return this.access.change(actor, trajectoryId, async (m) => {
      await this.assertUnit(m, f.orgUnitId);
      return this.analysis.stakeholders.insert(m, { trajectoryId, ...trimmed(f) });
    });
  }

  updateStakeholder(
    actor: Actor,
    id: string,
    f: Partial<StakeholderFields>,
  ): Promise<StakeholderEntity> {
    return this.access.change(actor, this.target('Stakeholder', id, 'stakeholders'), async (m) => {
      if (f.orgUnitId) await this.assertUnit(m, f.orgUnitId);
      return this.analysis.stakeholders.update(m, id, trimmed(f));
    });
  }

  deleteStakeholder(actor: Actor, id: string): Promise<StakeholderEntity> {
    return this.access.change(actor, this.target('Stakeholder', id, 'stakeholders'), async (m) => {
      const s = (await this.analysis.stakeholders.findById(id, m))!;
      await this.analysis.stakeholders.delete(m, id);
      return s;
    });
  }

  createCriterion(actor: Actor, trajectoryId: string, f: CriterionFields) {
    return this.access.change(actor, trajectoryId, async (m, t) => {
      if (!criteriaEditable(t.phase as SimPhase)) throw this.pilotStarted();
      return this.analysis.criteria.insert(m, { trajectoryId, ...trimmed(f), lockedAt: null });
    });
  }

  updateCriterion(
    actor: Actor,
    id: string,
    f: Partial<CriterionFields>,
  ): Promise<SuccessCriterionEntity> {
    return this.access.change(
      actor,
      this.target('Success criterion', id, 'criteria'),
      async (m) => {
        await this.assertUnlocked(m, id);
        return this.analysis.criteria.update(m, id, trimmed(f));
      },
    );
  }

  deleteCriterion(actor: Actor, id: string): Promise<SuccessCriterionEntity> {
    return this.access.change(
      actor,
      this.target('Success criterion', id, 'criteria'),
      async (m) => {
        const c = await this.assertUnlocked(m, id);
        await this.analysis.criteria.delete(m, id);
        return c;
      },
    );
  }

  /** Results are entered in phases 4 and 5, for locked criteria only. */
  recordResult(actor: Actor, criterionId: string, f: ResultFields): Promise<CriterionResultEntity> {
    const target = this.target('Success criterion', criterionId, 'criteria');
    return this.access.change(actor, target, async (m, t) => {
      const c = (await this.analysis.criteria.findById(criterionId, m))!;
      if (!resultsAllowed(t.phase as SimPhase) || !c.lockedAt) {
        throw new PreconditionError([
          {
            code: 'RESULTS_NOT_OPEN',
            message: 'Results are recorded during the pilot (phase 4) and the evaluation (phase 5)',
          },
        ]);
      }
      return this.analysis.results.insert(m, {
        criterionId,
        trajectoryId: t.id,
        phase: t.phase,
        ...trimmed(f),
        recordedById: actor.principal.userId,
      });
    });
  }

  private async assertUnlocked(m: EntityManager, id: string): Promise<SuccessCriterionEntity> {
    const c = (await this.analysis.criteria.findById(id, m))!;
    if (c.lockedAt) {
      throw new PreconditionError([
        {
          code: 'CRITERION_LOCKED',
          message: 'The criterion was locked when the pilot started; it only takes results now',
        },
      ]);
    }
    return c;
  }

  private pilotStarted() {
    return new PreconditionError([
      {
        code: 'PILOT_STARTED',
        message: 'Success criteria are agreed before the pilot; step back to add one',
      },
    ]);
  }

  private async assertUnit(m: EntityManager, orgUnitId: string | null) {
    if (orgUnitId && (await this.trajectories.activeOrgUnitIds(m, [orgUnitId])).length !== 1) {
      throw invalid('input.orgUnitId', 'UNKNOWN_ORG_UNIT', 'The org unit does not exist');
    }
  }

  private target(what: string, id: string, store: 'stakeholders' | 'criteria'): ChildTarget {
    return {
      what,
      trajectoryOf: async (m) => (await this.analysis[store].findById(id, m))?.trajectoryId ?? null,
    };
  }
}
