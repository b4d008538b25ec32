import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, GlobalRole, SimPhase, TrajectoryVisibility } from '@inspraak/contracts';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { NotFoundError } from '@inspraak/server-errors';
import { TrajectoryEntity } from '../entities/trajectory.entity';
import { TeamRepository } from '../repositories/team.repository';
import { TrajectoryRepository } from '../repositories/trajectory.repository';
import { Actor, TrajectoryAccessService, Viewer } from './access.service';
import { invalid } from './errors';
import { ResponseTargetHooks } from './response-target.hooks';
import { TrajectoryAudit } from './trajectory-audit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TrajectoryFields {
  title: string;
  problemStatement: string;
  goals: string;
  visibility: TrajectoryVisibility;
  orgUnitIds: string[];
  ownerId: string;
  /** Feedback response time target (working days); only on update. */
  responseTargetDays?: number;
}

export interface TrajectoryFilter {
  phase?: SimPhase;
  orgUnitId?: string;
  mine?: boolean;
}

/** Creating, changing, finding and listing trajectories (row access through the access service). */
@Injectable()
export class TrajectoryService {
  constructor(
    private readonly repository: TrajectoryRepository,
    private readonly team: TeamRepository,
    private readonly access: TrajectoryAccessService,
    private readonly audit: TrajectoryAudit,
    private readonly hooks: ResponseTargetHooks,
  ) {}

  async create(actor: Actor, fields: TrajectoryFields): Promise<TrajectoryEntity> {
    return this.repository.transaction(async (m) => {
      await this.assertReferences(m, fields);
      const t = await this.repository.insert(
        m,
        {
          title: fields.title.trim(),
          problemStatement: fields.problemStatement.trim(),
          goals: fields.goals.trim(),
          ownerId: fields.ownerId,
          visibility: fields.visibility,
          phase: SimPhase.PREPARE,
        },
        new Date(),
      );
      await this.repository.replaceOrgUnits(m, t.id, this.unitsFor(fields));
      await this.team.setOwnerRow(m, t.id, fields.ownerId);
      await this.repository.addPhaseChange(m, {
        trajectoryId: t.id,
        fromPhase: null,
        toPhase: SimPhase.PREPARE,
        actorId: actor.principal.userId,
        reason: null,
      });
      await this.audit.record(m, actor, AuditAction.TRAJECTORY_CREATE, t.id, {
        visibility: t.visibility,
        ownerId: t.ownerId,
      });
      return t;
    });
  }

  async update(
    actor: Actor,
    id: string,
    changes: Partial<TrajectoryFields>,
  ): Promise<TrajectoryEntity> {
    return this.access.change(actor, id, async (m, before) => {
      const merged: TrajectoryFields = {
        title: changes.title ?? before.title,
        problemStatement: changes.problemStatement ?? before.problemStatement,
        goals: changes.goals ?? before.goals,
        visibility: changes.visibility ?? (before.visibility as TrajectoryVisibility),
        ownerId: changes.ownerId ?? before.ownerId,
        orgUnitIds: changes.orgUnitIds ?? (await this.repository.orgUnitIds([id], m)).get(id) ?? [],
      };
      await this.assertReferences(m, merged);
      await this.repository.update(m, id, {
        title: merged.title.trim(),
        problemStatement: merged.problemStatement.trim(),
        goals: merged.goals.trim(),
        visibility: merged.visibility,
        ownerId: merged.ownerId,
        ...(changes.responseTargetDays !== undefined
          ? { responseTargetDays: changes.responseTargetDays }
          : {}),
      });
      if (
        changes.responseTargetDays !== undefined &&
        changes.responseTargetDays !== before.responseTargetDays
      ) {
        await this.hooks.changed(m, id, changes.responseTargetDays);
      }
      if (changes.orgUnitIds || changes.visibility) {
        await this.repository.replaceOrgUnits(m, id, this.unitsFor(merged));
      }
      const fields = Object.keys(changes).filter((k) => k !== 'ownerId');
      if (fields.length) {
        await this.audit.record(m, actor, AuditAction.TRAJECTORY_UPDATE, id, { fields });
      }
      if (merged.ownerId !== before.ownerId) {
        await this.team.setOwnerRow(m, id, merged.ownerId);
        await this.audit.record(m, actor, AuditAction.TRAJECTORY_OWNER_CHANGE, id, {
          from: before.ownerId,
          to: merged.ownerId,
        });
      }
      return (await m.findOneBy(TrajectoryEntity, { id }))!;
    });
  }

  /** The trajectory, or NOT_FOUND when it does not exist or the caller may not see it. */
  async get(viewer: Viewer, id: string): Promise<TrajectoryEntity> {
    await this.access.assertVisible(viewer, id);
    const [t] = await this.repository.findByIds([id]);
    if (!t) throw new NotFoundError('Trajectory');
    return t;
  }

  async page(viewer: Viewer, first: number, after: string | undefined, filter: TrajectoryFilter) {
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || !UUID.test(String(cursor[1])))) {
      throw invalid('after', 'INVALID_CURSOR', 'The cursor is not valid');
    }
    const at = cursor ? new Date(cursor[0] as string) : null;
    if (at && Number.isNaN(at.getTime())) {
      throw invalid('after', 'INVALID_CURSOR', 'The cursor is not valid');
    }
    const rows = await this.repository.page({
      limit: first + 1,
      userId: viewer.principal.userId,
      seesAll: viewer.principal.role === GlobalRole.ADMIN,
      ...(filter.phase ? { phase: filter.phase } : {}),
      ...(filter.orgUnitId ? { orgUnitId: filter.orgUnitId } : {}),
      ...(filter.mine ? { mine: true } : {}),
      after: cursor && at ? { createdAt: at.toISOString(), id: cursor[1] as string } : null,
    });
    return toConnection<TrajectoryEntity>(rows, first, (t) =>
      encodeCursor([t.createdAt.toISOString(), t.id]),
    );
  }

  orgUnitIds(ids: readonly string[]) {
    return this.repository.orgUnitIds(ids);
  }

  history(ids: readonly string[]) {
    return this.repository.history(ids);
  }

  personNames(ids: readonly string[]) {
    return this.repository.personNames(ids);
  }

  private unitsFor(fields: TrajectoryFields): string[] {
    return fields.visibility === TrajectoryVisibility.ORG_UNITS
      ? [...new Set(fields.orgUnitIds)]
      : [];
  }

  private async assertReferences(m: EntityManager, fields: TrajectoryFields) {
    if ((await this.repository.activeUserIds(m, [fields.ownerId])).length !== 1) {
      throw invalid('input.ownerId', 'UNKNOWN_USER', 'The owner does not exist or is deactivated');
    }
    const units = this.unitsFor(fields);
    if (fields.visibility === TrajectoryVisibility.ORG_UNITS && units.length === 0) {
      throw invalid('input.orgUnitIds', 'REQUIRED', 'Select at least one org unit');
    }
    if ((await this.repository.activeOrgUnitIds(m, units)).length !== units.length) {
      throw invalid(
        'input.orgUnitIds',
        'UNKNOWN_ORG_UNIT',
        'An org unit does not exist or is archived',
      );
    }
  }
}
