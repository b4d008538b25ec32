import { Injectable } from '@nestjs/common';
import { AuditAction, ParticipationLevel, SimPhase } from '@inspraak/contracts';
import { DecisionEntity, DecisionRuleEntity } from '../entities/decision.entity';
import { MandateEntity } from '../entities/mandate.entity';
import { PlanningRepository } from '../repositories/planning.repository';
import { Actor, ChildTarget, TrajectoryAccessService } from './access.service';
import { invalid, PreconditionError } from './errors';
import { TrajectoryAudit } from './trajectory-audit';

export interface MandateFields {
  budget: string | null;
  deadline: string | null;
  decisionSpace: string;
  constraints: string;
}

export interface RuleFields {
  topic: string;
  phase: SimPhase;
  decidedBy: string;
  participationLevel: ParticipationLevel;
  employeeInvolvement: string;
}

export interface DecisionFields {
  outcome: string;
  rationale: string;
  inputResponse: string;
  decidedOn: string;
  informingInputIds: string[];
}

/** Mandate, decision rules and the decisions taken by them. */
@Injectable()
export class PlanningService {
  constructor(
    private readonly planning: PlanningRepository,
    private readonly access: TrajectoryAccessService,
    private readonly audit: TrajectoryAudit,
  ) {}

  mandates(ids: readonly string[]) {
    return this.planning.mandates(ids);
  }

  rules(ids: readonly string[]) {
    return this.planning.rules.byParents(ids);
  }

  decisions(ids: readonly string[]) {
    return this.planning.decisions.byParents(ids);
  }

  setMandate(actor: Actor, trajectoryId: string, f: MandateFields): Promise<MandateEntity> {
    return this.access.change(actor, trajectoryId, async (m) => {
      const before = await this.planning.findMandate(trajectoryId, m);
      return this.planning.saveMandate(m, {
        trajectoryId,
        budget: f.budget,
        deadline: f.deadline,
        decisionSpace: f.decisionSpace.trim(),
        constraints: f.constraints.trim(),
        // The first recording counts for "mandate before phase 2"; edits keep that moment.
        recordedAt: before?.recordedAt ?? new Date(),
        recordedById: before?.recordedById ?? actor.principal.userId,
      });
    });
  }

  createRule(actor: Actor, trajectoryId: string, f: RuleFields): Promise<DecisionRuleEntity> {
    return this.access.change(actor, trajectoryId, (m) =>
      this.planning.rules.insert(m, { trajectoryId, ...trim(f), agreedAt: new Date() }),
    );
  }

  /** Changing who decides or the participation level is a new agreement: `agreedAt` moves. */
  updateRule(actor: Actor, id: string, f: Partial<RuleFields>): Promise<DecisionRuleEntity> {
    return this.access.change(actor, this.ruleTarget(id), async (m) => {
      const before = (await this.planning.rules.findById(id, m))!;
      const reagreed =
        (f.decidedBy !== undefined && f.decidedBy.trim() !== before.decidedBy) ||
        (f.participationLevel !== undefined &&
          f.participationLevel !== (before.participationLevel as ParticipationLevel));
      return this.planning.rules.update(m, id, {
        ...trim(f),
        ...(reagreed ? { agreedAt: new Date() } : {}),
      });
    });
  }

  deleteRule(actor: Actor, id: string): Promise<DecisionRuleEntity> {
    return this.access.change(actor, this.ruleTarget(id), async (m) => {
      const rule = (await this.planning.rules.findById(id, m))!;
      if ((await this.planning.countDecisionsOfRule(m, id)) > 0) {
        throw new PreconditionError(
          [{ code: 'RULE_HAS_DECISIONS', message: 'Decisions were taken by this rule; it stays' }],
          'id',
        );
      }
      await this.planning.rules.delete(m, id);
      return rule;
    });
  }

  recordDecision(actor: Actor, ruleId: string, f: DecisionFields): Promise<DecisionEntity> {
    return this.access.change(actor, this.ruleTarget(ruleId), async (m, t) => {
      const decision = await this.planning.decisions.insert(m, {
        trajectoryId: t.id,
        ruleId,
        outcome: f.outcome.trim(),
        rationale: f.rationale.trim(),
        inputResponse: f.inputResponse.trim(),
        decidedOn: f.decidedOn,
        informingInputIds: [...new Set(f.informingInputIds)],
        recordedById: actor.principal.userId,
      });
      await this.audit.record(m, actor, AuditAction.TRAJECTORY_DECISION_RECORD, t.id, {
        decisionId: decision.id,
        ruleId,
      });
      return decision;
    });
  }

  /** Corrects a recorded decision; audited with the fields that changed. */
  updateDecision(
    actor: Actor,
    id: string,
    f: Partial<Omit<DecisionFields, 'informingInputIds'>>,
  ): Promise<DecisionEntity> {
    return this.access.change(actor, this.decisionTarget(id), async (m, t) => {
      const changes: Partial<DecisionEntity> = {};
      if (f.outcome !== undefined) changes.outcome = required(f.outcome, 'outcome');
      if (f.rationale !== undefined) changes.rationale = required(f.rationale, 'rationale');
      if (f.inputResponse !== undefined) changes.inputResponse = f.inputResponse.trim();
      if (f.decidedOn !== undefined) changes.decidedOn = f.decidedOn;
      const decision = await this.planning.decisions.update(m, id, changes);
      await this.audit.record(m, actor, AuditAction.TRAJECTORY_DECISION_UPDATE, t.id, {
        decisionId: id,
        fields: Object.keys(changes),
      });
      return decision;
    });
  }

  /** Removes a decision recorded by mistake; the audit log keeps what it said. */
  deleteDecision(actor: Actor, id: string): Promise<DecisionEntity> {
    return this.access.change(actor, this.decisionTarget(id), async (m, t) => {
      const decision = (await this.planning.decisions.findById(id, m))!;
      await this.planning.decisions.delete(m, id);
      await this.audit.record(m, actor, AuditAction.TRAJECTORY_DECISION_DELETE, t.id, {
        decisionId: id,
        ruleId: decision.ruleId,
        outcome: decision.outcome,
        decidedOn: decision.decidedOn,
      });
      return decision;
    });
  }

  private decisionTarget(id: string): ChildTarget {
    return {
      what: 'Decision',
      trajectoryOf: async (m) =>
        (await this.planning.decisions.findById(id, m))?.trajectoryId ?? null,
    };
  }

  private ruleTarget(id: string): ChildTarget {
    return {
      what: 'Decision rule',
      trajectoryOf: async (m) => (await this.planning.rules.findById(id, m))?.trajectoryId ?? null,
    };
  }
}

function required(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalid(`input.${field}`, 'REQUIRED', `Give the ${field}`);
  return trimmed;
}

function trim<T extends Partial<RuleFields>>(f: T): T {
  const out = { ...f };
  for (const k of ['topic', 'decidedBy', 'employeeInvolvement'] as const) {
    if (typeof out[k] === 'string') out[k] = out[k].trim();
  }
  if (out.topic === '') throw invalid('input.topic', 'REQUIRED', 'Give the topic');
  return out;
}
