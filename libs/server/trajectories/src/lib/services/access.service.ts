import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import {
  EDITING_TRAJECTORY_ROLES,
  GlobalRole,
  TrajectoryRole,
  TrajectoryVisibility,
} from '@inspraak/contracts';
import { Principal, RequestOrigin } from '@inspraak/server-auth';
import { RequestLoaders } from '@inspraak/server-graphql';
import { ForbiddenError, NotFoundError } from '@inspraak/server-errors';
import { TrajectoryEntity } from '../entities/trajectory.entity';
import { AccessRepository, AccessRow } from '../repositories/access.repository';
import { TrajectoryRepository } from '../repositories/trajectory.repository';

/** The caller of a read: the principal and the request's loaders (batching). */
export interface Viewer {
  principal: Principal;
  loaders: RequestLoaders | null;
}

/** The caller of a change. */
export interface Actor {
  principal: Principal;
  origin: RequestOrigin;
}

/** A part of a trajectory addressed by its own id: how to find the trajectory, and its name. */
export interface ChildTarget {
  what: string;
  trajectoryOf(m: EntityManager): Promise<string | null>;
}

/** What one caller may do with one trajectory. */
export interface TrajectoryAccess {
  trajectoryId: string;
  visible: boolean;
  /** Owner, project lead or admin. */
  canEdit: boolean;
  /** Team members and admins see the working material (mandate, stakeholders, SIM health). */
  canSeeWorkspace: boolean;
  /** Stakeholders the caller may rate options for (joint valuation). */
  invitedStakeholderIds: string[];
  roles: TrajectoryRole[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_ACCESS = (trajectoryId: string): TrajectoryAccess => ({
  trajectoryId,
  visible: false,
  canEdit: false,
  canSeeWorkspace: false,
  invitedStakeholderIds: [],
  roles: [],
});

export function accessOf(principal: Principal, row: AccessRow | undefined, id: string) {
  if (!row) return NO_ACCESS(id);
  const admin = principal.role === GlobalRole.ADMIN;
  const roles = row.roles as TrajectoryRole[];
  const owner = row.ownerId === principal.userId;
  const team = owner || roles.length > 0;
  return {
    trajectoryId: id,
    visible:
      admin ||
      team ||
      row.visibility === (TrajectoryVisibility.ORGANISATION as string) ||
      row.inUnits ||
      row.invitedStakeholderIds.length > 0,
    canEdit: admin || owner || roles.some((r) => EDITING_TRAJECTORY_ROLES.includes(r)),
    canSeeWorkspace: admin || team,
    invitedStakeholderIds: row.invitedStakeholderIds,
    roles,
  };
}

/**
 * Row access to trajectories, decided here and nowhere else. Someone who may not see a trajectory
 * gets exactly the NOT_FOUND a non-existent id gets.
 */
@Injectable()
export class TrajectoryAccessService {
  constructor(
    private readonly access: AccessRepository,
    private readonly trajectories: TrajectoryRepository,
  ) {}

  /** The caller's access to many trajectories in one query per request (DataLoader). */
  loader(viewer: Viewer): DataLoader<string, TrajectoryAccess> {
    const batch = async (ids: readonly string[]) => {
      const rows = await this.rows(viewer.principal, ids);
      return ids.map((id) => accessOf(viewer.principal, rows.get(id), id));
    };
    return viewer.loaders
      ? viewer.loaders.get<string, TrajectoryAccess>(
          `trajectory.access:${viewer.principal.userId}`,
          batch,
        )
      : new DataLoader<string, TrajectoryAccess>(batch);
  }

  of(viewer: Viewer, trajectoryId: string): Promise<TrajectoryAccess> {
    return this.loader(viewer).load(trajectoryId);
  }

  /** Throws NOT_FOUND unless the caller may see the trajectory. */
  async assertVisible(viewer: Viewer, trajectoryId: string): Promise<TrajectoryAccess> {
    const access = await this.of(viewer, trajectoryId);
    if (!access.visible) throw new NotFoundError('Trajectory');
    return access;
  }

  /**
   * Runs a change in one transaction holding the trajectory's row lock, after checking that the
   * caller may see the trajectory (else NOT_FOUND) and passes `allowed` (else FORBIDDEN; the
   * default: may edit). Bumps `updated_at`.
   */
  async change<T>(
    actor: Actor,
    target: string | ChildTarget,
    work: (m: EntityManager, t: TrajectoryEntity, access: TrajectoryAccess) => Promise<T>,
    allowed: (a: TrajectoryAccess) => boolean = (a) => a.canEdit,
  ): Promise<T> {
    const what = typeof target === 'string' ? 'Trajectory' : target.what;
    return this.trajectories.transaction(async (m) => {
      const id = typeof target === 'string' ? target : await target.trajectoryOf(m);
      const t = id && UUID.test(id) ? await this.trajectories.lock(m, id) : null;
      if (!t) throw new NotFoundError(what);
      const rows = await this.access.accessRows(actor.principal.userId, [t.id], m);
      const access = accessOf(actor.principal, rows[0], t.id);
      // A hidden trajectory (or a part of one) answers exactly like a missing one.
      if (!access.visible) throw new NotFoundError(what);
      if (!allowed(access)) throw new ForbiddenError('You may not change this trajectory');
      const result = await work(m, t, access);
      await this.trajectories.update(m, t.id, {});
      return result;
    });
  }

  private async rows(principal: Principal, ids: readonly string[]) {
    const valid = ids.filter((id) => UUID.test(id));
    const rows = await this.access.accessRows(principal.userId, valid);
    return new Map(rows.map((r) => [r.trajectoryId, r]));
  }
}
