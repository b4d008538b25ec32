import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  PhaseChangeEntity,
  TrajectoryEntity,
  TrajectoryOrgUnitEntity,
} from '../entities/trajectory.entity';
import { groupBy } from './grouping';
import { visibleToUserSql } from './access.repository';

export type NewTrajectory = Pick<
  TrajectoryEntity,
  'title' | 'problemStatement' | 'goals' | 'ownerId' | 'visibility' | 'phase'
> &
  Partial<Pick<TrajectoryEntity, 'responseTargetDays'>>;

export interface TrajectoryPageQuery {
  limit: number;
  userId: string;
  /** Admins see every trajectory; others only what the visibility rule allows. */
  seesAll: boolean;
  phase?: string;
  /** Trajectories aimed at this unit: a selected unit in its subtree or above it. */
  orgUnitId?: string;
  /** Only trajectories the user owns or is on the team of. */
  mine?: boolean;
  after?: { createdAt: string; id: string } | null;
}

@Injectable()
export class TrajectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Reads and row-locks the trajectory, so changes to one trajectory never interleave. */
  lock(m: EntityManager, id: string): Promise<TrajectoryEntity | null> {
    return m
      .createQueryBuilder(TrajectoryEntity, 't')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .getOne();
  }

  findByIds(ids: readonly string[], m: EntityManager = this.manager) {
    return ids.length ? m.find(TrajectoryEntity, { where: { id: In([...ids]) } }) : [];
  }

  async count(m: EntityManager = this.manager): Promise<number> {
    return m.count(TrajectoryEntity);
  }

  async insert(m: EntityManager, t: NewTrajectory, at: Date): Promise<TrajectoryEntity> {
    // Millisecond timestamps set here, so the keyset cursor (a JS date) matches the row exactly.
    const result = await m.insert(TrajectoryEntity, { ...t, createdAt: at, updatedAt: at });
    return (await m.findOneBy(TrajectoryEntity, { id: result.identifiers[0]['id'] as string }))!;
  }

  async update(m: EntityManager, id: string, changes: Partial<NewTrajectory>): Promise<void> {
    await m.update(TrajectoryEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  async replaceOrgUnits(m: EntityManager, trajectoryId: string, orgUnitIds: string[]) {
    await m.delete(TrajectoryOrgUnitEntity, { trajectoryId });
    if (orgUnitIds.length) {
      await m.insert(
        TrajectoryOrgUnitEntity,
        orgUnitIds.map((orgUnitId) => ({ trajectoryId, orgUnitId })),
      );
    }
  }

  async orgUnitIds(
    trajectoryIds: readonly string[],
    m: EntityManager = this.manager,
  ): Promise<Map<string, string[]>> {
    const rows = trajectoryIds.length
      ? await m.find(TrajectoryOrgUnitEntity, {
          where: { trajectoryId: In([...trajectoryIds]) },
          order: { orgUnitId: 'ASC' },
        })
      : [];
    const map = new Map<string, string[]>();
    for (const [k, v] of groupBy(rows, (r) => r.trajectoryId)) {
      map.set(
        k,
        v.map((r) => r.orgUnitId),
      );
    }
    return map;
  }

  async addPhaseChange(
    m: EntityManager,
    change: Pick<
      PhaseChangeEntity,
      'trajectoryId' | 'fromPhase' | 'toPhase' | 'actorId' | 'reason'
    >,
    at: Date = new Date(),
  ): Promise<void> {
    await m.insert(PhaseChangeEntity, { ...change, at });
  }

  async history(trajectoryIds: readonly string[]): Promise<Map<string, PhaseChangeEntity[]>> {
    const rows = trajectoryIds.length
      ? await this.manager.find(PhaseChangeEntity, {
          where: { trajectoryId: In([...trajectoryIds]) },
          order: { at: 'ASC', id: 'ASC' },
        })
      : [];
    return groupBy(rows, (r) => r.trajectoryId);
  }

  /** Keyset page, newest first on (created_at, id): stable while trajectories change. */
  page(q: TrajectoryPageQuery): Promise<TrajectoryEntity[]> {
    const qb = this.manager
      .createQueryBuilder(TrajectoryEntity, 't')
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(q.limit)
      .setParameter('uid', q.userId);
    if (!q.seesAll) qb.andWhere(visibleToUserSql('t', ':uid'));
    if (q.phase) qb.andWhere('t.phase = :phase', { phase: q.phase });
    if (q.mine) {
      qb.andWhere(
        `(t.owner_id = :uid OR EXISTS (SELECT 1 FROM trajectory_member mm
           WHERE mm.trajectory_id = t.id AND mm.user_id = :uid))`,
      );
    }
    if (q.orgUnitId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM trajectory_org_unit fu
           JOIN org_unit fou ON fou.id = fu.org_unit_id
           JOIN org_unit target ON target.id = :unitId
           WHERE fu.trajectory_id = t.id
             AND (fou.path LIKE target.path || '%' OR target.path LIKE fou.path || '%'))`,
        { unitId: q.orgUnitId },
      );
    }
    if (q.after) {
      qb.andWhere('(t.created_at, t.id) < (:afterAt, :afterId)', {
        afterAt: q.after.createdAt,
        afterId: q.after.id,
      });
    }
    return qb.getMany();
  }

  /** Active org units among `ids`. */
  async activeOrgUnitIds(m: EntityManager, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await m.query<{ id: string }[]>(
      'SELECT id FROM org_unit WHERE id = ANY($1::uuid[]) AND archived_at IS NULL',
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Active (not deactivated) users among `ids`. */
  async activeUserIds(m: EntityManager, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await m.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL',
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Active people whose name or e-mail address contains `search` (editors pick team members). */
  async searchActiveUsers(
    search: string,
    limit: number,
  ): Promise<{ id: string; name: string; email: string }[]> {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.manager.query<{ id: string; name: string; email: string }[]>(
      `SELECT id, name, email FROM app_user
       WHERE deactivated_at IS NULL AND (name ILIKE $1 OR email ILIKE $1)
       ORDER BY name, email, id LIMIT $2`,
      [pattern, limit],
    );
  }

  /** Display names only (no e-mail addresses): shown to everyone who can see a trajectory. */
  async personNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Demo seed: user ids by e-mail address. */
  async userIdsByEmail(m: EntityManager, emails: string[]): Promise<Map<string, string>> {
    const rows = await m.query<{ id: string; email: string }[]>(
      'SELECT id, email FROM app_user WHERE email = ANY($1::text[])',
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.id]));
  }

  /** Demo seed: active org unit ids by name. */
  async orgUnitIdsByName(m: EntityManager, names: string[]): Promise<Map<string, string>> {
    const rows = await m.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM org_unit WHERE name = ANY($1::text[]) AND archived_at IS NULL',
      [names],
    );
    return new Map(rows.map((r) => [r.name, r.id]));
  }
}
