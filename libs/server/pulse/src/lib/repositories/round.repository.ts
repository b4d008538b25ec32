import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ROOT } from '../anonymity/suppression';
import { AudienceUnit } from '../anonymity/audience';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { isUuid } from './survey.repository';

export enum PulseRoundState {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  /** The audience had fewer than k people when the round was due to open: nobody was asked. */
  CANCELLED = 'CANCELLED',
}

/** A reporting unit as stored: null stands for ROOT (the whole audience). */
export const toStoredUnit = (id: string): string | null => (id === ROOT ? null : id);
export const fromStoredUnit = (id: string | null): string => id ?? ROOT;

/** Rounds, their audience snapshot and members: the only place that builds their queries. */
@Injectable()
export class RoundRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(
    m: EntityManager,
    surveyId: string,
    opensAt: Date,
    closesAt: Date,
  ): Promise<PulseRoundEntity> {
    const [{ next }] = await m.query<{ next: number }[]>(
      'SELECT COALESCE(max(number), 0) + 1 AS next FROM pulse_round WHERE survey_id = $1',
      [surveyId],
    );
    return m.save(
      PulseRoundEntity,
      m.create(PulseRoundEntity, {
        surveyId,
        number: next,
        state: PulseRoundState.SCHEDULED,
        opensAt,
        closesAt,
        openedAt: null,
        closedAt: null,
        phase: null,
        k: null,
        kComments: null,
        questions: null,
        dimensions: null,
        audienceSize: null,
        remindAt: null,
        remindedAt: null,
        cells: null,
      }),
    );
  }

  async get(id: string, m: EntityManager = this.dataSource.manager) {
    if (!isUuid(id)) return null;
    return m.findOne(PulseRoundEntity, { where: { id } });
  }

  async lock(m: EntityManager, id: string): Promise<PulseRoundEntity | null> {
    if (!isUuid(id)) return null;
    return m
      .createQueryBuilder(PulseRoundEntity, 'r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
  }

  async update(m: EntityManager, id: string, changes: Partial<PulseRoundEntity>) {
    await m.update(PulseRoundEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  /** Every round of the surveys, newest first (without the stored tallies). */
  async ofSurveys(surveyIds: readonly string[]): Promise<PulseRoundEntity[]> {
    if (!surveyIds.length) return [];
    return this.dataSource.manager
      .createQueryBuilder(PulseRoundEntity, 'r')
      .select([
        'r.id',
        'r.surveyId',
        'r.number',
        'r.state',
        'r.opensAt',
        'r.closesAt',
        'r.openedAt',
        'r.closedAt',
        'r.phase',
        'r.k',
        'r.kComments',
        'r.audienceSize',
        'r.createdAt',
        'r.updatedAt',
      ])
      .where('r.surveyId IN (:...ids)', { ids: [...surveyIds] })
      .orderBy('r.number', 'DESC')
      .getMany();
  }

  /** Closed rounds of a survey with their tallies, oldest first (trends). */
  async closedOf(surveyId: string): Promise<PulseRoundEntity[]> {
    return this.dataSource.manager.find(PulseRoundEntity, {
      where: { surveyId, state: PulseRoundState.CLOSED },
      order: { number: 'ASC' },
    });
  }

  async scheduledOrOpen(m: EntityManager, surveyId: string): Promise<number> {
    const [{ n }] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pulse_round WHERE survey_id = $1 AND state IN ('SCHEDULED', 'OPEN')`,
      [surveyId],
    );
    return n;
  }

  async dueToOpen(limit = 50): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM pulse_round WHERE state = 'SCHEDULED' AND opens_at <= now()
        ORDER BY opens_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async dueToClose(limit = 50): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM pulse_round WHERE state = 'OPEN' AND closes_at <= now()
        ORDER BY closes_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async dueReminders(limit = 50): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM pulse_round WHERE state = 'OPEN' AND remind_at <= now()
          AND reminded_at IS NULL AND closes_at > now()
        ORDER BY remind_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async openWithPending(limit = 200): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT r.id FROM pulse_round r WHERE r.state = 'OPEN'
          AND EXISTS (SELECT 1 FROM pulse_pending p WHERE p.round_id = r.id)
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The audience of a survey now: active users whose primary unit lies in the subtree of one of
   * the units (none: everyone active), with their unit.
   */
  async audienceOf(
    orgUnitIds: string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<{ user_id: string; org_unit_id: string | null }[]> {
    return m.query(
      `SELECT u.id AS user_id, u.primary_org_unit_id AS org_unit_id FROM app_user u
        LEFT JOIN org_unit uu ON uu.id = u.primary_org_unit_id
        WHERE u.deactivated_at IS NULL
          AND (cardinality($1::uuid[]) = 0 OR EXISTS (
                SELECT 1 FROM org_unit au WHERE au.id = ANY($1::uuid[])
                   AND uu.path LIKE au.path || '%'))
        ORDER BY u.id`,
      [orgUnitIds],
    );
  }

  /** Every org unit with its parent (the tree the audience snapshot walks up). */
  async unitTree(m: EntityManager): Promise<{ id: string; parentId: string | null }[]> {
    const rows = await m.query<{ id: string; parent_id: string | null }[]>(
      'SELECT id, parent_id FROM org_unit',
    );
    return rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
  }

  async insertSnapshot(
    m: EntityManager,
    roundId: string,
    units: AudienceUnit[],
    members: { userId: string; orgUnitId: string | null; reportingUnitId: string }[],
  ): Promise<void> {
    if (units.length) {
      await m.query(
        `INSERT INTO pulse_round_unit (round_id, org_unit_id, parent_id, people, subtree_people,
                                       reporting_unit_id)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::int[], $6::uuid[])`,
        [
          roundId,
          units.map((u) => u.orgUnitId),
          units.map((u) => u.parentId),
          units.map((u) => u.people),
          units.map((u) => u.subtreePeople),
          units.map((u) => toStoredUnit(u.reportingUnitId)),
        ],
      );
    }
    // Chunks keep each statement's arrays moderate at 20,000+ members.
    for (let i = 0; i < members.length; i += 5000) {
      const chunk = members.slice(i, i + 5000);
      await m.query(
        `INSERT INTO pulse_round_member (round_id, user_id, org_unit_id, reporting_unit_id)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[])`,
        [
          roundId,
          chunk.map((x) => x.userId),
          chunk.map((x) => x.orgUnitId),
          chunk.map((x) => toStoredUnit(x.reportingUnitId)),
        ],
      );
    }
  }

  /** The audience snapshot of a round, as the result tree needs it. */
  async audienceUnits(roundId: string): Promise<AudienceUnit[]> {
    const rows = await this.dataSource.query<
      {
        org_unit_id: string;
        parent_id: string | null;
        people: number;
        subtree_people: number;
        reporting_unit_id: string | null;
      }[]
    >(
      `SELECT org_unit_id, parent_id, people, subtree_people, reporting_unit_id
         FROM pulse_round_unit WHERE round_id = $1 ORDER BY org_unit_id`,
      [roundId],
    );
    return rows.map((r) => ({
      orgUnitId: r.org_unit_id,
      parentId: r.parent_id,
      people: r.people,
      subtreePeople: r.subtree_people,
      reportingUnitId: fromStoredUnit(r.reporting_unit_id),
    }));
  }

  /** Members without a unit (they report at ROOT). */
  async unitlessMembers(roundId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pulse_round_member WHERE round_id = $1 AND org_unit_id IS NULL`,
      [roundId],
    );
    return n;
  }

  async member(
    roundId: string,
    userId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<{ reportingUnitId: string } | null> {
    if (!isUuid(roundId)) return null;
    const [row] = await m.query<{ reporting_unit_id: string | null }[]>(
      'SELECT reporting_unit_id FROM pulse_round_member WHERE round_id = $1 AND user_id = $2',
      [roundId, userId],
    );
    return row ? { reportingUnitId: fromStoredUnit(row.reporting_unit_id) } : null;
  }

  /** Of the given rounds, those that asked the user. */
  async memberOf(roundIds: readonly string[], userId: string): Promise<Set<string>> {
    const valid = roundIds.filter(isUuid);
    if (!valid.length) return new Set();
    const rows = await this.dataSource.query<{ round_id: string }[]>(
      `SELECT round_id FROM pulse_round_member WHERE round_id = ANY($1::uuid[]) AND user_id = $2`,
      [valid, userId],
    );
    return new Set(rows.map((r) => r.round_id));
  }

  async memberIds(m: EntityManager, roundId: string): Promise<string[]> {
    const rows = await m.query<{ user_id: string }[]>(
      'SELECT user_id FROM pulse_round_member WHERE round_id = $1',
      [roundId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Rounds that asked the user, open ones first, then the latest closed ones. */
  async roundsAsking(userId: string, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT r.id FROM pulse_round_member rm JOIN pulse_round r ON r.id = rm.round_id
        WHERE rm.user_id = $1
        ORDER BY (r.state = 'OPEN') DESC, r.closes_at DESC, r.id LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => r.id);
  }

  /** The unit names of a round's tree (archived units keep their name). */
  async unitNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM org_unit WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The org units a manager manages (their subtrees are the manager's scope). */
  async managedUnits(userId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ org_unit_id: string }[]>(
      'SELECT org_unit_id FROM manager_scope WHERE user_id = $1',
      [userId],
    );
    return rows.map((r) => r.org_unit_id);
  }
}
