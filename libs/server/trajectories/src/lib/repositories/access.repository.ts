import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What decides one caller's access to one trajectory, read in one query for many trajectories. */
export interface AccessRow {
  trajectoryId: string;
  ownerId: string;
  visibility: string;
  /** The caller's trajectory roles. */
  roles: string[];
  /** The caller's primary org unit lies in the subtree of one of the selected units. */
  inUnits: boolean;
  /** Stakeholders the caller was invited to rate options for. */
  invitedStakeholderIds: string[];
}

/**
 * The visibility rule as SQL, for lists: organisation-wide, owner, team member, invited rater, or
 * the user's primary unit lies in a selected unit's subtree (materialised path prefix).
 * `$uid` is the user id parameter name.
 */
export function visibleToUserSql(t: string, uid: string): string {
  return `(${t}.visibility = 'ORGANISATION' OR ${t}.owner_id = ${uid}
    OR EXISTS (SELECT 1 FROM trajectory_member vm
               WHERE vm.trajectory_id = ${t}.id AND vm.user_id = ${uid})
    OR EXISTS (SELECT 1 FROM valuation_invite vi
               WHERE vi.trajectory_id = ${t}.id AND vi.user_id = ${uid})
    OR EXISTS (SELECT 1 FROM trajectory_org_unit tu
               JOIN org_unit ou ON ou.id = tu.org_unit_id
               JOIN app_user vu ON vu.id = ${uid}
               JOIN org_unit uu ON uu.id = vu.primary_org_unit_id
               WHERE tu.trajectory_id = ${t}.id AND uu.path LIKE ou.path || '%'))`;
}

@Injectable()
export class AccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  async accessRows(
    userId: string,
    trajectoryIds: readonly string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<AccessRow[]> {
    if (!trajectoryIds.length) return [];
    const rows = await m.query<
      {
        id: string;
        owner_id: string;
        visibility: string;
        roles: string[];
        in_units: boolean;
        invited: string[];
      }[]
    >(
      `SELECT t.id, t.owner_id, t.visibility,
         ARRAY(SELECT DISTINCT tm.role::text FROM trajectory_member tm
               WHERE tm.trajectory_id = t.id AND tm.user_id = $2) AS roles,
         EXISTS (SELECT 1 FROM trajectory_org_unit tu
                 JOIN org_unit ou ON ou.id = tu.org_unit_id
                 WHERE tu.trajectory_id = t.id
                   AND (SELECT uu.path FROM app_user u JOIN org_unit uu
                          ON uu.id = u.primary_org_unit_id WHERE u.id = $2)
                       LIKE ou.path || '%') AS in_units,
         ARRAY(SELECT vi.stakeholder_id::text FROM valuation_invite vi
               WHERE vi.trajectory_id = t.id AND vi.user_id = $2) AS invited
       FROM trajectory t WHERE t.id = ANY($1::uuid[])`,
      [[...trajectoryIds], userId],
    );
    return rows.map((r) => ({
      trajectoryId: r.id,
      ownerId: r.owner_id,
      visibility: r.visibility,
      roles: r.roles,
      inUnits: r.in_units,
      invitedStakeholderIds: r.invited,
    }));
  }
}
