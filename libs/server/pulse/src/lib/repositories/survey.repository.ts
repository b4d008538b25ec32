import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PulseSurveyEntity, PulseSurveyOrgUnitEntity } from '../entities/pulse.entities';

export type SurveyFields = Omit<PulseSurveyEntity, 'id' | 'createdAt' | 'updatedAt' | 'trajectory'>;

export interface SurveyRecord extends PulseSurveyEntity {
  orgUnitIds: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

/** Surveys and their audience units: the only place that builds their queries. */
@Injectable()
export class SurveyRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(m: EntityManager, fields: SurveyFields, orgUnitIds: string[]): Promise<string> {
    const saved = await m.save(PulseSurveyEntity, m.create(PulseSurveyEntity, fields));
    await this.replaceUnits(m, saved.id, orgUnitIds);
    return saved.id;
  }

  async update(m: EntityManager, id: string, changes: Partial<SurveyFields>): Promise<void> {
    await m.update(PulseSurveyEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  async replaceUnits(m: EntityManager, surveyId: string, orgUnitIds: string[]): Promise<void> {
    await m.delete(PulseSurveyOrgUnitEntity, { surveyId });
    if (orgUnitIds.length) {
      await m.insert(
        PulseSurveyOrgUnitEntity,
        [...new Set(orgUnitIds)].map((orgUnitId) => ({ surveyId, orgUnitId })),
      );
    }
  }

  async lock(m: EntityManager, id: string): Promise<PulseSurveyEntity | null> {
    if (!isUuid(id)) return null;
    return m
      .createQueryBuilder(PulseSurveyEntity, 's')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .getOne();
  }

  async get(id: string, m: EntityManager = this.dataSource.manager): Promise<SurveyRecord | null> {
    if (!isUuid(id)) return null;
    const s = await m.findOne(PulseSurveyEntity, { where: { id } });
    if (!s) return null;
    return { ...s, orgUnitIds: (await this.unitsOf([id], m)).get(id) ?? [] };
  }

  async many(ids: readonly string[]): Promise<SurveyRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.dataSource.manager
      .createQueryBuilder(PulseSurveyEntity, 's')
      .where('s.id IN (:...ids)', { ids: valid })
      .getMany();
    const units = await this.unitsOf(valid);
    return rows.map((s) => ({ ...s, orgUnitIds: units.get(s.id) ?? [] }));
  }

  async unitsOf(
    surveyIds: string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    const rows = await m.query<{ survey_id: string; org_unit_id: string }[]>(
      `SELECT survey_id, org_unit_id FROM pulse_survey_org_unit WHERE survey_id = ANY($1::uuid[])
       ORDER BY org_unit_id`,
      [surveyIds],
    );
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.survey_id, [...(out.get(r.survey_id) ?? []), r.org_unit_id]);
    return out;
  }

  /**
   * Survey ids the user may look at besides managing: those whose rounds asked the user, and
   * (managers) those whose audience overlaps one of the user's managed units. Newest first.
   */
  async visibleIds(userId: string, trajectoryId: string | null, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM pulse_survey s
        WHERE ($2::uuid IS NULL OR s.trajectory_id = $2)
          AND (
            s.created_by_id = $1
            OR EXISTS (SELECT 1 FROM pulse_round r JOIN pulse_round_member rm ON rm.round_id = r.id
                        WHERE r.survey_id = s.id AND rm.user_id = $1)
            OR EXISTS (SELECT 1 FROM manager_scope ms JOIN org_unit mu ON mu.id = ms.org_unit_id
                        WHERE ms.user_id = $1 AND (
                          NOT EXISTS (SELECT 1 FROM pulse_survey_org_unit x WHERE x.survey_id = s.id)
                          OR EXISTS (SELECT 1 FROM pulse_survey_org_unit su
                                       JOIN org_unit au ON au.id = su.org_unit_id
                                      WHERE su.survey_id = s.id
                                        AND (mu.path LIKE au.path || '%' OR au.path LIKE mu.path || '%'))))
            OR (s.trajectory_id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM trajectory t WHERE t.id = s.trajectory_id AND t.owner_id = $1))
            OR (s.trajectory_id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM trajectory_member tm WHERE tm.trajectory_id = s.trajectory_id
                     AND tm.user_id = $1 AND tm.role IN ('OWNER', 'PROJECT_LEAD')))
          )
        ORDER BY s.created_at DESC, s.id DESC LIMIT $3`,
      [userId, trajectoryId, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Every survey (admins and moderators manage organisation-wide surveys), newest first. */
  async allIds(trajectoryId: string | null, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM pulse_survey WHERE ($1::uuid IS NULL OR trajectory_id = $1)
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [trajectoryId, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Recurring surveys whose next round is due. */
  async dueRecurring(limit = 100): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM pulse_survey
        WHERE recurrence_weeks IS NOT NULL AND archived_at IS NULL AND next_round_at <= now()
        ORDER BY next_round_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Org units that exist and are not archived, of the given ids. */
  async liveUnits(ids: string[], m: EntityManager = this.dataSource.manager) {
    if (!ids.length) return [];
    return m.query<{ id: string; path: string }[]>(
      `SELECT id, path FROM org_unit WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
      [ids.filter(isUuid)],
    );
  }

  /** The trajectory's visibility and units (a trajectory survey asks only who can see it). */
  async trajectoryScope(trajectoryId: string, m: EntityManager = this.dataSource.manager) {
    const [t] = await m.query<{ visibility: string; phase: string; title: string }[]>(
      'SELECT visibility, phase, title FROM trajectory WHERE id = $1',
      [trajectoryId],
    );
    if (!t) return null;
    const units = await m.query<{ id: string; path: string }[]>(
      `SELECT ou.id, ou.path FROM trajectory_org_unit tu JOIN org_unit ou ON ou.id = tu.org_unit_id
        WHERE tu.trajectory_id = $1`,
      [trajectoryId],
    );
    return { ...t, units };
  }
}
