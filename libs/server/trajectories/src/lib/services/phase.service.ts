import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, SimPhase } from '@inspraak/contracts';
import { ValidationError } from '@inspraak/server-errors';
import { TrajectoryEntity } from '../entities/trajectory.entity';
import { AnalysisRepository } from '../repositories/analysis.repository';
import { ImpactRepository } from '../repositories/impact.repository';
import { PlanningRepository } from '../repositories/planning.repository';
import { TrajectoryRepository } from '../repositories/trajectory.repository';
import { Actor, TrajectoryAccessService } from './access.service';
import { PreconditionError } from './errors';
import {
  TransitionFacts,
  transitionDirection,
  transitionEffects,
  transitionProblems,
} from './phase-machine';
import { TrajectoryAudit } from './trajectory-audit';

/** Moves a trajectory through the SIM phases by the rules of the phase state machine. */
@Injectable()
export class PhaseService {
  constructor(
    private readonly trajectories: TrajectoryRepository,
    private readonly planning: PlanningRepository,
    private readonly analysis: AnalysisRepository,
    private readonly impact: ImpactRepository,
    private readonly access: TrajectoryAccessService,
    private readonly audit: TrajectoryAudit,
  ) {}

  changePhase(
    actor: Actor,
    id: string,
    to: SimPhase,
    reason: string | null,
  ): Promise<TrajectoryEntity> {
    return this.access.change(actor, id, async (m, t) => {
      const from = t.phase as SimPhase;
      const problems = transitionProblems(from, to, reason, await this.facts(m, id));
      const reasonMissing = problems.find((p) => p.code === 'REASON_REQUIRED');
      if (reasonMissing) {
        throw new ValidationError([{ field: 'input.reason', ...reasonMissing }]);
      }
      if (problems.length) throw new PreconditionError(problems, 'input.to');
      const at = new Date();
      if (transitionEffects(to).lockCriteria) {
        const locked = await this.analysis.lockCriteria(m, id, at);
        if (locked.length) {
          await this.audit.record(m, actor, AuditAction.TRAJECTORY_CRITERIA_LOCK, id, {
            criterionIds: locked,
          });
        }
      }
      await this.trajectories.update(m, id, { phase: to });
      const trimmed = reason?.trim() || null;
      await this.trajectories.addPhaseChange(
        m,
        {
          trajectoryId: id,
          fromPhase: from,
          toPhase: to,
          actorId: actor.principal.userId,
          reason: trimmed,
        },
        at,
      );
      await this.audit.record(m, actor, AuditAction.TRAJECTORY_PHASE_CHANGE, id, {
        from,
        to,
        direction: transitionDirection(from, to),
      });
      return (await m.findOneBy(TrajectoryEntity, { id }))!;
    });
  }

  private async facts(m: EntityManager, id: string): Promise<TransitionFacts> {
    return {
      mandateRecorded: (await this.planning.findMandate(id, m)) !== null,
      decisionRules: await this.planning.rules.count(id, m),
      successCriteria: await this.analysis.criteria.count(id, m),
      solutionOptions: await this.impact.options.count(id, m),
      criteriaWithoutPilotResult: await this.analysis.countCriteriaWithoutResult(
        m,
        id,
        SimPhase.TEST,
      ),
    };
  }
}
