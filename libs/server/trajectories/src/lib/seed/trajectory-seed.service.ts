import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, phaseNumber, SimPhase, TrajectoryRole } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { CriterionResultEntity, SuccessCriterionEntity } from '../entities/criterion.entity';
import { DecisionEntity, DecisionRuleEntity } from '../entities/decision.entity';
import {
  BusinessCaseItemEntity,
  OptionEffectEntity,
  SolutionOptionEntity,
  ValuationInviteEntity,
  ValuationRatingEntity,
} from '../entities/impact.entity';
import { MandateEntity } from '../entities/mandate.entity';
import { StakeholderEntity } from '../entities/stakeholder.entity';
import { TrajectoryMemberEntity } from '../entities/team.entity';
import { TrajectoryRepository } from '../repositories/trajectory.repository';
import { TrajectoryAudit } from '../services/trajectory-audit';
import { ENFORCEMENT_CASE } from './case-enforcement';
import { PARKING_CASE } from './case-parking';
import { STORE_APP_CASE } from './case-store-app';
import { DemoTrajectory } from './demo-trajectories';

export const DEMO_TRAJECTORIES: readonly DemoTrajectory[] = [
  PARKING_CASE,
  STORE_APP_CASE,
  ENFORCEMENT_CASE,
];

/** Any constant: one trajectory seeding at a time across processes. */
const SEED_LOCK_KEY = 724_151_103;
const DAY = 86_400_000;

/**
 * Seeds the three cases of the SIM guide when demo seeding is on and there are no trajectories
 * yet. Runs after the identity seed (module order) and needs its demo users. Writes histories
 * with past dates directly, so it bypasses the phase service on purpose; the data satisfies the
 * same rules (tests check the seeded trajectories against them).
 */
@Injectable()
export class TrajectorySeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('TrajectorySeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly trajectories: TrajectoryRepository,
    private readonly audit: TrajectoryAudit,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.seedDemo || this.config.isProduction) return;
    if ((await this.trajectories.count()) > 0) return;
    const seeded = await this.trajectories.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if ((await this.trajectories.count(m)) > 0) return 0;
      const emails = DEMO_TRAJECTORIES.flatMap((c) => [
        c.owner,
        ...c.team.map(([e]) => e),
        ...c.phases.map((p) => p.by),
        ...c.ratings.map((r) => r[1]),
      ]);
      const users = await this.trajectories.userIdsByEmail(m, [...new Set(emails)]);
      if (emails.some((e) => !users.has(e))) {
        this.logger.warn('demo users missing: the demo trajectories were not seeded');
        return 0;
      }
      const units = await this.trajectories.orgUnitIdsByName(
        m,
        DEMO_TRAJECTORIES.flatMap((c) => [
          ...c.units,
          ...c.stakeholders.flatMap((s) => s.unit ?? []),
        ]),
      );
      const now = Date.now();
      for (const c of DEMO_TRAJECTORIES) {
        await this.plant(m, c, users, units, (days) => new Date(now - days * DAY));
      }
      await this.audit.record(m, null, AuditAction.DEMO_SEED, 'demo', {
        trajectories: DEMO_TRAJECTORIES.length,
      });
      return DEMO_TRAJECTORIES.length;
    });
    if (seeded) this.logger.log(`seeded ${seeded} demo trajectories`);
  }

  private async plant(
    m: EntityManager,
    c: DemoTrajectory,
    users: Map<string, string>,
    units: Map<string, string>,
    ago: (days: number) => Date,
  ) {
    const user = (email: string) => users.get(email)!;
    const unit = (name: string) => units.get(name) ?? null;
    const date = (days: number) => ago(days).toISOString().slice(0, 10);
    const phase = c.phases.at(-1)?.to ?? SimPhase.PREPARE;
    const t = await this.trajectories.insert(
      m,
      {
        title: c.title,
        problemStatement: c.problemStatement,
        goals: c.goals,
        ownerId: user(c.owner),
        visibility: c.visibility,
        phase,
      },
      ago(c.createdAgo),
    );
    const id = t.id;
    await this.trajectories.replaceOrgUnits(m, id, c.units.map((u) => unit(u)!).filter(Boolean));
    await m.insert(TrajectoryMemberEntity, [
      { trajectoryId: id, userId: user(c.owner), role: TrajectoryRole.OWNER },
      ...c.team.map(([email, role]) => ({ trajectoryId: id, userId: user(email), role })),
    ]);
    await this.trajectories.addPhaseChange(
      m,
      {
        trajectoryId: id,
        fromPhase: null,
        toPhase: SimPhase.PREPARE,
        actorId: user(c.owner),
        reason: null,
      },
      ago(c.createdAgo),
    );
    let from: SimPhase = SimPhase.PREPARE;
    for (const p of c.phases) {
      await this.trajectories.addPhaseChange(
        m,
        {
          trajectoryId: id,
          fromPhase: from,
          toPhase: p.to,
          actorId: user(p.by),
          reason: p.reason ?? null,
        },
        ago(p.ago),
      );
      from = p.to;
    }
    await m.insert(MandateEntity, {
      trajectoryId: id,
      budget: c.mandate.budget.toFixed(2),
      deadline: date(-c.mandate.deadlineIn),
      decisionSpace: c.mandate.decisionSpace,
      constraints: c.mandate.constraints,
      recordedAt: ago(c.mandate.ago),
      recordedById: user(c.owner),
    });
    const rules = new Map<string, string>();
    for (const r of c.rules) {
      const { identifiers } = await m.insert(DecisionRuleEntity, {
        trajectoryId: id,
        topic: r.topic,
        phase: r.phase,
        decidedBy: r.decidedBy,
        participationLevel: r.level,
        employeeInvolvement: r.involvement,
        agreedAt: ago(r.ago),
        createdAt: ago(r.ago),
      });
      rules.set(r.key, identifiers[0]['id'] as string);
    }
    const stakeholders = new Map<string, string>();
    for (const s of c.stakeholders) {
      const { identifiers } = await m.insert(StakeholderEntity, {
        trajectoryId: id,
        name: s.name,
        kind: s.kind,
        orgUnitId: s.unit ? unit(s.unit) : null,
        employerInterests: s.employer,
        employeeInterests: s.employee,
        influence: s.influence,
        stance: s.stance,
        involvement: s.involvement,
      });
      stakeholders.set(s.key, identifiers[0]['id'] as string);
    }
    const pilotStart = c.phases.find((p) => p.to === SimPhase.TEST);
    for (const cr of c.criteria) {
      const { identifiers } = await m.insert(SuccessCriterionEntity, {
        trajectoryId: id,
        metric: cr.metric,
        target: cr.target,
        howMeasured: cr.howMeasured,
        dimension: cr.dimension,
        agreedOn: date(cr.agreedAgo),
        agreedBy: cr.agreedBy,
        lockedAt:
          pilotStart && phaseNumber(phase) >= phaseNumber(SimPhase.TEST)
            ? ago(pilotStart.ago)
            : null,
        createdAt: ago(cr.agreedAgo),
      });
      for (const r of cr.results) {
        await m.insert(CriterionResultEntity, {
          criterionId: identifiers[0]['id'] as string,
          trajectoryId: id,
          phase: r.phase,
          value: r.value,
          verdict: r.verdict,
          note: r.note,
          measuredOn: date(r.ago),
          recordedById: user(c.owner),
        });
      }
    }
    const options = new Map<string, string>();
    for (const o of c.options) {
      const { identifiers } = await m.insert(SolutionOptionEntity, {
        trajectoryId: id,
        title: o.title,
        description: o.description,
      });
      const optionId = identifiers[0]['id'] as string;
      options.set(o.key, optionId);
      for (const [aspect, rating, explanation] of o.effects) {
        await m.insert(OptionEffectEntity, { optionId, aspect, rating, explanation });
      }
      for (const b of o.businessCase) {
        await m.insert(BusinessCaseItemEntity, {
          optionId,
          kind: b.kind,
          description: b.description,
          amount: b.amount === undefined ? null : b.amount.toFixed(2),
          rating: b.rating ?? null,
        });
      }
    }
    for (const [stakeholder, email, option, score, comment] of c.ratings) {
      const invite = {
        trajectoryId: id,
        userId: user(email),
        stakeholderId: stakeholders.get(stakeholder)!,
      };
      await m
        .createQueryBuilder()
        .insert()
        .into(ValuationInviteEntity)
        .values(invite)
        .orIgnore()
        .execute();
      await m.insert(ValuationRatingEntity, {
        trajectoryId: id,
        optionId: options.get(option)!,
        stakeholderId: invite.stakeholderId,
        raterId: invite.userId,
        score,
        comment,
      });
    }
    for (const d of c.decisions) {
      await m.insert(DecisionEntity, {
        trajectoryId: id,
        ruleId: rules.get(d.rule)!,
        outcome: d.outcome,
        rationale: d.rationale,
        inputResponse: d.inputResponse,
        decidedOn: date(d.ago),
        informingInputIds: [],
        recordedById: user(c.owner),
      });
    }
  }
}
