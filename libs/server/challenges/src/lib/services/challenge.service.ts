import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AuditAction,
  CHALLENGE_TRANSITIONS,
  ChallengeState,
  DEFAULT_CHALLENGE_CRITERIA,
  GlobalRole,
  isSimPhase,
  SimPhase,
} from '@inspraak/contracts';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { NotFoundError, ValidationError } from '@inspraak/server-errors';
import {
  Actor,
  PreconditionError,
  TrajectoryAccessService,
  Viewer,
} from '@inspraak/server-trajectories';
import { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeRepository, CriterionFields } from '../repositories/challenge.repository';
import { ChallengeAccessService, isUuid } from './challenge-access.service';
import { ChallengeAudit } from './challenge-audit';

export interface ChallengeFields {
  title: string;
  problemStatement: string;
  rules: string;
  prize: string | null;
  phase: SimPhase | null;
  opensAt: Date | null;
  closesAt: Date | null;
  orgUnitIds: string[];
  criteria: CriterionFields[] | null;
}

const invalid = (field: string, code: string, message: string) =>
  new ValidationError([{ field, code, message }]);

/** Criteria may change until the jury starts (the challenge leaves OPEN). */
const CRITERIA_EDITABLE: readonly string[] = [ChallengeState.DRAFT, ChallengeState.OPEN];

export function keysetAfter(after: string | undefined) {
  const cursor = decodeCursor(after, 2);
  if (!cursor) return null;
  const at = typeof cursor[0] === 'string' ? new Date(cursor[0]) : null;
  if (!at || Number.isNaN(at.getTime()) || !isUuid(String(cursor[1]))) {
    throw invalid('after', 'INVALID_CURSOR', 'The cursor is not valid');
  }
  return { createdAt: at.toISOString(), id: String(cursor[1]) };
}

/** Creating, changing, opening and closing challenges, and listing them. */
@Injectable()
export class ChallengeService {
  constructor(
    private readonly repository: ChallengeRepository,
    private readonly access: ChallengeAccessService,
    private readonly trajectories: TrajectoryAccessService,
    private readonly audit: ChallengeAudit,
  ) {}

  /** Trajectory editors only: NOT_FOUND when the trajectory is hidden, else FORBIDDEN. */
  async create(actor: Actor, trajectoryId: string, fields: ChallengeFields) {
    return this.trajectories.change(actor, trajectoryId, async (m, t) => {
      await this.assertFields(m, fields);
      const c = await this.repository.insert(m, {
        trajectoryId,
        phase: fields.phase ?? t.phase,
        title: fields.title.trim(),
        problemStatement: fields.problemStatement.trim(),
        rules: fields.rules.trim(),
        prize: fields.prize?.trim() || null,
        state: ChallengeState.DRAFT,
        opensAt: fields.opensAt,
        closesAt: fields.closesAt,
        createdById: actor.principal.userId,
      });
      await this.repository.replaceOrgUnits(m, c.id, [...new Set(fields.orgUnitIds)]);
      await this.repository.replaceCriteria(
        m,
        c.id,
        fields.criteria ??
          DEFAULT_CHALLENGE_CRITERIA.map((d) => ({ nameNl: d.nl, nameEn: d.en, weight: d.weight })),
      );
      await this.audit.record(m, actor, AuditAction.CHALLENGE_CREATE, 'challenge', c.id, {
        trajectoryId,
      });
      return c;
    });
  }

  async update(actor: Actor, id: string, changes: Partial<ChallengeFields>) {
    await this.access.assertVisible({ principal: actor.principal, loaders: null }, id);
    return this.trajectories.change(actor, this.target(id), async (m) => {
      const before = (await this.repository.lock(m, id))!;
      const merged: ChallengeFields = {
        title: changes.title ?? before.title,
        problemStatement: changes.problemStatement ?? before.problemStatement,
        rules: changes.rules ?? before.rules,
        prize: changes.prize !== undefined ? changes.prize : before.prize,
        phase: changes.phase ?? (before.phase as SimPhase),
        opensAt: changes.opensAt !== undefined ? changes.opensAt : before.opensAt,
        closesAt: changes.closesAt !== undefined ? changes.closesAt : before.closesAt,
        orgUnitIds: changes.orgUnitIds ?? [],
        criteria: changes.criteria ?? null,
      };
      await this.assertFields(m, merged);
      if (changes.criteria) {
        if (!CRITERIA_EDITABLE.includes(before.state)) {
          throw new PreconditionError(
            [
              {
                code: 'CRITERIA_LOCKED',
                message: 'Criteria are fixed once the evaluation started',
              },
            ],
            'input.criteria',
          );
        }
        const known = new Set(await this.repository.criterionIds(m, id));
        if (changes.criteria.some((c) => c.id && !known.has(c.id))) {
          throw invalid('input.criteria', 'UNKNOWN_CRITERION', 'A criterion does not exist');
        }
        await this.repository.replaceCriteria(m, id, changes.criteria);
      }
      await this.repository.update(m, id, {
        title: merged.title.trim(),
        problemStatement: merged.problemStatement.trim(),
        rules: merged.rules.trim(),
        prize: merged.prize?.trim() || null,
        phase: merged.phase ?? before.phase,
        opensAt: merged.opensAt,
        closesAt: merged.closesAt,
      });
      if (changes.orgUnitIds) {
        await this.repository.replaceOrgUnits(m, id, [...new Set(changes.orgUnitIds)]);
      }
      await this.audit.record(m, actor, AuditAction.CHALLENGE_UPDATE, 'challenge', id, {
        fields: Object.keys(changes),
      });
      return (await m.findOneBy(ChallengeEntity, { id }))!;
    });
  }

  /**
   * Moves the challenge along draft → open → review → closed (review → open is the step back).
   * Closing needs a published response on every visible, not withdrawn idea.
   */
  async changeState(actor: Actor, id: string, to: ChallengeState, reason: string | null) {
    await this.access.assertVisible({ principal: actor.principal, loaders: null }, id);
    return this.trajectories.change(actor, this.target(id), async (m) => {
      const c = (await this.repository.lock(m, id))!;
      const from = c.state as ChallengeState;
      if (!CHALLENGE_TRANSITIONS[from].includes(to)) {
        throw new PreconditionError(
          [{ code: 'INVALID_TRANSITION', message: `A challenge cannot go from ${from} to ${to}` }],
          'input.to',
        );
      }
      if (to === ChallengeState.CLOSED) {
        const waiting = await this.repository.awaitingResponseCount(m, id);
        if (waiting > 0) {
          throw new PreconditionError(
            [
              {
                code: 'IDEAS_WITHOUT_RESPONSE',
                message: `${waiting} idea(s) still need a published response (see ideasAwaitingResponse)`,
              },
            ],
            'input.to',
          );
        }
      }
      const now = new Date();
      await this.repository.update(m, id, {
        state: to,
        ...(to === ChallengeState.OPEN && !c.opensAt ? { opensAt: now } : {}),
        ...(to === ChallengeState.REVIEW && (!c.closesAt || c.closesAt > now)
          ? { closesAt: now }
          : {}),
      });
      await this.audit.record(m, actor, AuditAction.CHALLENGE_STATE_CHANGE, 'challenge', id, {
        from,
        to,
        ...(reason ? { reason } : {}),
      });
      return (await m.findOneBy(ChallengeEntity, { id }))!;
    });
  }

  async get(viewer: Viewer, id: string): Promise<ChallengeEntity> {
    await this.access.assertVisible(viewer, id);
    const [c] = await this.repository.findByIds([id]);
    if (!c) throw new NotFoundError('Challenge');
    return c;
  }

  async forTrajectory(viewer: Viewer, trajectoryId: string, first: number, after?: string) {
    const t = await this.trajectories.assertVisible(viewer, trajectoryId);
    const rows = await this.repository.forTrajectory(trajectoryId, {
      limit: first + 1,
      userId: viewer.principal.userId,
      after: keysetAfter(after),
      seesDrafts: t.canEdit,
      seesAll: t.canSeeWorkspace,
    });
    return this.connection(rows, first);
  }

  async open(viewer: Viewer, first: number, after?: string) {
    const rows = await this.repository.open({
      limit: first + 1,
      userId: viewer.principal.userId,
      admin: viewer.principal.role === GlobalRole.ADMIN,
      after: keysetAfter(after),
    });
    return this.connection(rows, first);
  }

  /** Challenges by id, without an access check (the caller checked the idea). */
  byIds(ids: readonly string[]) {
    return this.repository.findByIds(ids);
  }

  orgUnitIds(ids: readonly string[]) {
    return this.repository.orgUnitIds(ids);
  }

  criteria(ids: readonly string[]) {
    return this.repository.criteria(ids);
  }

  ideaCounts(ids: readonly string[]) {
    return this.repository.ideaCounts(ids);
  }

  awaitingResponseCounts(ids: readonly string[]) {
    return this.repository.awaitingResponseCounts(ids);
  }

  trajectoryTitles(ids: readonly string[]) {
    return this.repository.trajectoryTitles(ids);
  }

  private connection(rows: ChallengeEntity[], first: number) {
    return toConnection(rows, first, (c) => encodeCursor([c.createdAt.toISOString(), c.id]));
  }

  private target(id: string) {
    return {
      what: 'Challenge',
      trajectoryOf: (m: EntityManager) =>
        isUuid(id) ? this.repository.trajectoryOf(m, id) : Promise.resolve(null),
    };
  }

  private async assertFields(m: EntityManager, f: ChallengeFields) {
    if (f.phase && !isSimPhase(f.phase)) throw invalid('input.phase', 'INVALID', 'Unknown phase');
    if (f.opensAt && f.closesAt && f.closesAt <= f.opensAt) {
      throw invalid(
        'input.closesAt',
        'BEFORE_OPENING',
        'The closing date must be after the opening',
      );
    }
    const units = [...new Set(f.orgUnitIds)];
    if ((await this.repository.activeOrgUnitIds(m, units)).length !== units.length) {
      throw invalid(
        'input.orgUnitIds',
        'UNKNOWN_ORG_UNIT',
        'An org unit does not exist or is archived',
      );
    }
    if (f.criteria) {
      if (f.criteria.length < 1) {
        throw invalid('input.criteria', 'REQUIRED', 'Give at least one criterion');
      }
      const names = f.criteria.map((c) => c.nameNl.trim().toLowerCase());
      if (new Set(names).size !== names.length) {
        throw invalid('input.criteria', 'DUPLICATE', 'Two criteria have the same name');
      }
      const ids = f.criteria.flatMap((c) => (c.id ? [c.id] : []));
      if (new Set(ids).size !== ids.length) {
        throw invalid('input.criteria', 'DUPLICATE', 'A criterion is listed twice');
      }
    }
  }
}
