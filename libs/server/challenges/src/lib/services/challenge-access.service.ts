import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChallengeState, GlobalRole } from '@inspraak/contracts';
import { NotFoundError } from '@inspraak/server-errors';
import {
  AccessColumns,
  accessColumnsSql,
  accessOf,
  toAccessRow,
  TrajectoryAccess,
  TrajectoryAccessService,
  Viewer,
} from '@inspraak/server-trajectories';

/** What one caller may do with one challenge. */
export interface ChallengeAccess {
  challengeId: string;
  trajectoryId: string;
  state: ChallengeState;
  visible: boolean;
  /** Trajectory owner, project lead or admin: change the challenge and its state. */
  canEdit: boolean;
  /**
   * Editors, moderators and admins who can see the challenge: publish responses, see hidden
   * and withdrawn ideas, list the ideas still waiting for a response.
   */
  canModerate: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string) => UUID.test(id);

/**
 * SQL: the user `uid` is in the challenge's audience — it names no org units (everyone who sees
 * the trajectory) or the user's primary unit lies in a named unit's subtree.
 */
export function inAudienceSql(c: string, uid: string): string {
  return `(NOT EXISTS (SELECT 1 FROM challenge_org_unit au WHERE au.challenge_id = ${c}.id)
    OR EXISTS (SELECT 1 FROM challenge_org_unit au
               JOIN org_unit aou ON aou.id = au.org_unit_id
               JOIN app_user avu ON avu.id = ${uid}
               JOIN org_unit auu ON auu.id = avu.primary_org_unit_id
               WHERE au.challenge_id = ${c}.id AND auu.path LIKE aou.path || '%'))`;
}

interface Row {
  id: string;
  trajectory_id: string;
  state: string;
  in_audience: boolean;
}

/**
 * One statement for the caller's access to challenges and to their trajectories ($1 the
 * challenge ids, $2 the user id): the trajectory's access columns are the trajectories module's
 * own (accessColumnsSql), joined in.
 */
export const CHALLENGE_ACCESS_SQL = `SELECT c.id, c.state, ${inAudienceSql('c', '$2')} AS in_audience,
         ${accessColumnsSql('t', '$2')}
       FROM challenge c JOIN trajectory t ON t.id = c.trajectory_id
       WHERE c.id = ANY($1::uuid[])`;

export function challengeAccessOf(viewer: Viewer, row: Row, t: TrajectoryAccess): ChallengeAccess {
  const state = row.state as ChallengeState;
  const role = viewer.principal.role;
  // The trajectory's team (and admins) see every challenge of it; others need the audience.
  const visible =
    t.visible &&
    (t.canEdit || state !== ChallengeState.DRAFT) &&
    (row.in_audience || t.canSeeWorkspace);
  return {
    challengeId: row.id,
    trajectoryId: row.trajectory_id,
    state,
    visible,
    canEdit: visible && t.canEdit,
    canModerate:
      visible && (t.canEdit || role === GlobalRole.MODERATOR || role === GlobalRole.ADMIN),
  };
}

const NONE = (id: string): ChallengeAccess => ({
  challengeId: id,
  trajectoryId: '',
  state: ChallengeState.DRAFT,
  visible: false,
  canEdit: false,
  canModerate: false,
});

/**
 * Row access to challenges, on top of the trajectory's: a challenge is visible to someone who
 * sees its trajectory, is in its audience (or on the trajectory's team), and — while it is a
 * draft — may edit the trajectory. Anyone else gets exactly the NOT_FOUND of a random id.
 */
@Injectable()
export class ChallengeAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trajectories: TrajectoryAccessService,
  ) {}

  // Never called inside a transaction: with PGlite (one session) a read on another connection
  // would wait for the transaction to end. Changes check access first, then open theirs.
  private async compute(viewer: Viewer, ids: readonly string[]) {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await this.dataSource.query<(Row & AccessColumns)[]>(CHALLENGE_ACCESS_SQL, [
          valid,
          viewer.principal.userId,
        ])
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    // The trajectory access came with the challenge: later reads of it in this request (the
    // jury's roles, the trajectory of the challenge) find it in the request's loader.
    const trajectories = new Map<string, TrajectoryAccess>();
    for (const r of rows) {
      if (trajectories.has(r.trajectory_id)) continue;
      const t = accessOf(viewer.principal, toAccessRow(r), r.trajectory_id);
      trajectories.set(r.trajectory_id, t);
      if (viewer.loaders) this.trajectories.loader(viewer).prime(r.trajectory_id, t);
    }
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? challengeAccessOf(viewer, row, trajectories.get(row.trajectory_id)!) : NONE(id);
    });
  }

  /** Batched per request (DataLoader), or fresh when the viewer has no loaders (changes). */
  of(viewer: Viewer, challengeId: string): Promise<ChallengeAccess> {
    if (!viewer.loaders) return this.compute(viewer, [challengeId]).then((r) => r[0]);
    return viewer.loaders
      .get<string, ChallengeAccess>(`challenge.access:${viewer.principal.userId}`, (ids) =>
        this.compute(viewer, ids),
      )
      .load(challengeId);
  }

  async assertVisible(viewer: Viewer, challengeId: string): Promise<ChallengeAccess> {
    const a = await this.of(viewer, challengeId);
    if (!a.visible) throw new NotFoundError('Challenge');
    return a;
  }

  many(viewer: Viewer, ids: readonly string[]): Promise<ChallengeAccess[]> {
    return Promise.all(ids.map((id) => this.of(viewer, id)));
  }
}
