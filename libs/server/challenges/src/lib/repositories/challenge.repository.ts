import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { visibleToUserSql } from '@inspraak/server-trajectories';
import {
  ChallengeCriterionEntity,
  ChallengeEntity,
  ChallengeOrgUnitEntity,
} from '../entities/challenge.entity';
import { inAudienceSql } from '../services/challenge-access.service';

export type NewChallenge = Pick<
  ChallengeEntity,
  | 'trajectoryId'
  | 'phase'
  | 'title'
  | 'problemStatement'
  | 'rules'
  | 'prize'
  | 'state'
  | 'opensAt'
  | 'closesAt'
  | 'createdById'
>;

export interface CriterionFields {
  id?: string;
  nameNl: string;
  nameEn: string;
  weight: number;
}

export interface ChallengePageQuery {
  limit: number;
  userId: string;
  after: { createdAt: string; id: string } | null;
}

@Injectable()
export class ChallengeRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(m: EntityManager, c: NewChallenge, at: Date = new Date()): Promise<ChallengeEntity> {
    const r = await m.insert(ChallengeEntity, { ...c, createdAt: at, updatedAt: at });
    return (await m.findOneBy(ChallengeEntity, { id: r.identifiers[0]['id'] as string }))!;
  }

  async update(m: EntityManager, id: string, changes: Partial<NewChallenge>): Promise<void> {
    await m.update(ChallengeEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  /** Exclusive row lock: state changes wait for submits (which hold a share lock). */
  lock(m: EntityManager, id: string): Promise<ChallengeEntity | null> {
    return m
      .createQueryBuilder(ChallengeEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  /** Shared row lock for submits and edits: the state cannot change until they commit. */
  async stateForShare(m: EntityManager, id: string): Promise<string | null> {
    const rows = await m.query<{ state: string }[]>(
      'SELECT state FROM challenge WHERE id = $1 FOR SHARE',
      [id],
    );
    return rows[0]?.state ?? null;
  }

  findByIds(ids: readonly string[], m: EntityManager = this.manager) {
    return ids.length
      ? m.find(ChallengeEntity, { where: { id: In([...ids]) } })
      : Promise.resolve([]);
  }

  async trajectoryOf(m: EntityManager, challengeId: string): Promise<string | null> {
    const rows = await m.query<{ trajectory_id: string }[]>(
      'SELECT trajectory_id FROM challenge WHERE id = $1',
      [challengeId],
    );
    return rows[0]?.trajectory_id ?? null;
  }

  async replaceOrgUnits(m: EntityManager, challengeId: string, orgUnitIds: string[]) {
    await m.delete(ChallengeOrgUnitEntity, { challengeId });
    if (orgUnitIds.length) {
      await m.insert(
        ChallengeOrgUnitEntity,
        orgUnitIds.map((orgUnitId) => ({ challengeId, orgUnitId })),
      );
    }
  }

  async orgUnitIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (!ids.length) return map;
    const rows = await this.manager.find(ChallengeOrgUnitEntity, {
      where: { challengeId: In([...ids]) },
      order: { orgUnitId: 'ASC' },
    });
    for (const r of rows) map.set(r.challengeId, [...(map.get(r.challengeId) ?? []), r.orgUnitId]);
    return map;
  }

  /** Keeps the ids of criteria that stay (jury scores reference them). */
  async replaceCriteria(m: EntityManager, challengeId: string, criteria: CriterionFields[]) {
    const existing = await m.find(ChallengeCriterionEntity, { where: { challengeId } });
    const keep = new Set(criteria.flatMap((c) => (c.id ? [c.id] : [])));
    const gone = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
    if (gone.length) await m.delete(ChallengeCriterionEntity, { id: In(gone) });
    for (const [position, c] of criteria.entries()) {
      const fields = { nameNl: c.nameNl, nameEn: c.nameEn, weight: c.weight, position };
      if (c.id) await m.update(ChallengeCriterionEntity, { id: c.id, challengeId }, fields);
      else await m.insert(ChallengeCriterionEntity, { challengeId, ...fields });
    }
  }

  async criterionIds(m: EntityManager, challengeId: string): Promise<string[]> {
    const rows = await m.find(ChallengeCriterionEntity, { where: { challengeId } });
    return rows.map((r) => r.id);
  }

  async criteria(ids: readonly string[]): Promise<Map<string, ChallengeCriterionEntity[]>> {
    const map = new Map<string, ChallengeCriterionEntity[]>();
    if (!ids.length) return map;
    const rows = await this.manager.find(ChallengeCriterionEntity, {
      where: { challengeId: In([...ids]) },
      order: { position: 'ASC' },
    });
    for (const r of rows) map.set(r.challengeId, [...(map.get(r.challengeId) ?? []), r]);
    return map;
  }

  /** Visible, not withdrawn ideas per challenge (from the list index). */
  async ideaCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; n: number }[]>(
      `SELECT container_id AS id, count(*)::int AS n FROM input
       WHERE container_id = ANY($1::uuid[]) AND status = 'ACTIVE' AND hidden = false
       GROUP BY container_id`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /**
   * Per challenge: visible, not withdrawn ideas without a public response (feedback status
   * still RECEIVED: every later status comes with a text).
   */
  async awaitingResponseCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; n: number }[]>(
      `SELECT container_id AS id, count(*)::int AS n FROM input
       WHERE container_id = ANY($1::uuid[]) AND status = 'ACTIVE' AND hidden = false
         AND first_responded_at IS NULL
       GROUP BY container_id`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  async trajectoryTitles(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; title: string }[]>(
      'SELECT id, title FROM trajectory WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  /** The trajectory's phase (the default phase of a new challenge). */
  async trajectoryPhase(m: EntityManager, trajectoryId: string): Promise<string | null> {
    const rows = await m.query<{ phase: string }[]>('SELECT phase FROM trajectory WHERE id = $1', [
      trajectoryId,
    ]);
    return rows[0]?.phase ?? null;
  }

  /**
   * Challenges of one trajectory, newest first. `seesDrafts`: editors; `seesAll`: the team and
   * admins, who see challenges outside their own units too.
   */
  forTrajectory(
    trajectoryId: string,
    q: ChallengePageQuery & { seesDrafts: boolean; seesAll: boolean },
  ): Promise<ChallengeEntity[]> {
    const qb = this.manager
      .createQueryBuilder(ChallengeEntity, 'c')
      .where('c.trajectory_id = :trajectoryId', { trajectoryId })
      .setParameter('uid', q.userId)
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(q.limit);
    if (!q.seesDrafts) qb.andWhere("c.state <> 'DRAFT'");
    if (!q.seesAll) qb.andWhere(inAudienceSql('c', ':uid'));
    if (q.after) {
      qb.andWhere('(c.created_at, c.id) < (:afterAt, :afterId)', {
        afterAt: q.after.createdAt,
        afterId: q.after.id,
      });
    }
    return qb.getMany();
  }

  /**
   * Open challenges across the organisation the user can see: the trajectory's visibility rule
   * and the challenge's audience (or the trajectory's team). Admins see all.
   */
  open(q: ChallengePageQuery & { admin: boolean }): Promise<ChallengeEntity[]> {
    const qb = this.manager
      .createQueryBuilder(ChallengeEntity, 'c')
      .innerJoin('trajectory', 't', 't.id = c.trajectory_id')
      .where("c.state = 'OPEN'")
      .setParameter('uid', q.userId)
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(q.limit);
    if (!q.admin) {
      qb.andWhere(visibleToUserSql('t', ':uid'));
      qb.andWhere(
        `(${inAudienceSql('c', ':uid')} OR t.owner_id = :uid OR EXISTS (SELECT 1 FROM trajectory_member om
           WHERE om.trajectory_id = t.id AND om.user_id = :uid))`,
      );
    }
    if (q.after) {
      qb.andWhere('(c.created_at, c.id) < (:afterAt, :afterId)', {
        afterAt: q.after.createdAt,
        afterId: q.after.id,
      });
    }
    return qb.getMany();
  }

  async activeOrgUnitIds(m: EntityManager, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await m.query<{ id: string }[]>(
      'SELECT id FROM org_unit WHERE id = ANY($1::uuid[]) AND archived_at IS NULL',
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Visible, not withdrawn ideas of the challenge without a published response. */
  async awaitingResponseCount(m: EntityManager, challengeId: string): Promise<number> {
    const rows = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM input
       WHERE container_id = $1 AND status = 'ACTIVE' AND hidden = false
         AND first_responded_at IS NULL`,
      [challengeId],
    );
    return rows[0].n;
  }
}
