import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditResult } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { Principal, RequestOrigin } from '@inspraak/server-auth';
import { ConflictError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { OrgUnitEntity } from './org-unit.entity';
import { OrgUnitRepository } from './org-unit.repository';

export interface Actor {
  principal: Principal;
  origin: RequestOrigin;
}

/** Admin changes to the org unit tree; every change is audited in the same transaction. */
@Injectable()
export class OrgUnitService {
  constructor(
    private readonly repository: OrgUnitRepository,
    private readonly audit: AuditService,
  ) {}

  list(includeArchived: boolean): Promise<OrgUnitEntity[]> {
    return this.repository.findAll(includeArchived);
  }

  create(actor: Actor, name: string, parentId: string | null): Promise<OrgUnitEntity> {
    return this.repository.inTreeTransaction(async (m) => {
      const parent = parentId ? await this.activeParent(m, parentId, 'input.parentId') : null;
      const unit = await this.repository.insert(m, name.trim(), parent);
      await this.record(m, actor, AuditAction.ORG_UNIT_CREATE, unit.id, {
        name: unit.name,
        parentId,
      });
      return unit;
    });
  }

  rename(actor: Actor, id: string, name: string): Promise<OrgUnitEntity> {
    return this.repository.inTreeTransaction(async (m) => {
      const unit = await this.existing(m, id);
      await this.repository.rename(m, id, name.trim());
      await this.record(m, actor, AuditAction.ORG_UNIT_RENAME, id, {
        from: unit.name,
        to: name.trim(),
      });
      return (await this.repository.findById(id, m))!;
    });
  }

  /** Moves the unit and its subtree under another parent (null: to the top level). */
  move(actor: Actor, id: string, parentId: string | null): Promise<OrgUnitEntity> {
    return this.repository.inTreeTransaction(async (m) => {
      const unit = await this.existing(m, id);
      if (unit.archivedAt) throw new ConflictError('An archived unit cannot be moved');
      const parent = parentId ? await this.activeParent(m, parentId, 'input.parentId') : null;
      if (parent && parent.path.startsWith(unit.path)) {
        throw new ValidationError([
          {
            field: 'input.parentId',
            code: 'CYCLE',
            message: 'A unit cannot be moved under itself or one of its own sub-units',
          },
        ]);
      }
      await this.repository.moveSubtree(m, unit, parent);
      await this.record(m, actor, AuditAction.ORG_UNIT_MOVE, id, {
        fromParentId: unit.parentId,
        toParentId: parentId,
      });
      return (await this.repository.findById(id, m))!;
    });
  }

  /** Archives the unit and everything below it; history keeps referring to them. */
  archive(actor: Actor, id: string): Promise<OrgUnitEntity> {
    return this.repository.inTreeTransaction(async (m) => {
      const unit = await this.existing(m, id);
      if (unit.archivedAt) return unit;
      const count = await this.repository.archiveSubtree(m, unit);
      await this.record(m, actor, AuditAction.ORG_UNIT_ARCHIVE, id, { unitsArchived: count });
      return (await this.repository.findById(id, m))!;
    });
  }

  /** Checks that every id is an active unit (for user assignments). */
  async assertActiveUnits(ids: string[], field: string, m?: EntityManager): Promise<void> {
    const found = await this.repository.findByIds(ids, m);
    const missing = ids.filter((id) => !found.some((u) => u.id === id && !u.archivedAt));
    if (missing.length) {
      throw new ValidationError([
        { field, code: 'UNKNOWN_ORG_UNIT', message: 'The org unit does not exist or is archived' },
      ]);
    }
  }

  private async existing(m: EntityManager, id: string): Promise<OrgUnitEntity> {
    const unit = await this.repository.findById(id, m);
    if (!unit) throw new NotFoundError('Org unit');
    return unit;
  }

  private async activeParent(m: EntityManager, id: string, field: string) {
    const parent = await this.repository.findById(id, m);
    if (!parent || parent.archivedAt) {
      throw new ValidationError([
        {
          field,
          code: 'UNKNOWN_ORG_UNIT',
          message: 'The parent unit does not exist or is archived',
        },
      ]);
    }
    return parent;
  }

  private record(
    m: EntityManager,
    actor: Actor,
    action: AuditAction,
    id: string,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorId: actor.principal.userId,
        action,
        result: AuditResult.SUCCESS,
        objectType: 'org_unit',
        objectId: id,
        originIp: actor.origin.ip,
        details,
      },
      m,
    );
  }
}
