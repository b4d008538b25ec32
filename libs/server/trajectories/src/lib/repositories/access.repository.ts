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

/** The raw columns of accessColumnsSql, as the driver returns them. */
export interface AccessColumns {
  trajectory_id: string;
  owner_id: string;
  visibility: string;
  roles: string[];
  in_units: boolean;
  invited: string[];
}

/**
 * The select list that decides one user's access to trajectory `t` (alias) — `uid` is the user
 * id parameter — giving the AccessColumns. Other modules join it into their own access query
 * (challenges read a challenge and its trajectory's access in one statement).
 */
export function accessColumnsSql(t: string, uid: string): string {
  return `${t}.id AS trajectory_id, ${t}.owner_id, ${t}.visibility,
         ARRAY(SELECT DISTINCT tm.role::text FROM trajectory_member tm
               WHERE tm.trajectory_id = ${t}.id AND tm.user_id = ${uid}) AS roles,
         EXISTS (SELECT 1 FROM trajectory_org_unit tu
                 JOIN org_unit ou ON ou.id = tu.org_unit_id
                 WHERE tu.trajectory_id = ${t}.id
                   AND (SELECT uu.path FROM app_user u JOIN org_unit uu
                          ON uu.id = u.primary_org_unit_id WHERE u.id = ${uid})
                       LIKE ou.path || '%') AS in_units,
         ARRAY(SELECT vi.stakeholder_id::text FROM valuation_invite vi
               WHERE vi.trajectory_id = ${t}.id AND vi.user_id = ${uid}) AS invited`;
}

export const toAccessRow = (r: AccessColumns): AccessRow => ({
  trajectoryId: r.trajectory_id,
  ownerId: r.owner_id,
  visibility: r.visibility,
  roles: r.roles,
  inUnits: r.in_units,
  invitedStakeholderIds: r.invited,
});

@Injectable()
export class AccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  async accessRows(
    userId: string,
    trajectoryIds: readonly string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<AccessRow[]> {
    if (!trajectoryIds.length) return [];
    const rows = await m.query<AccessColumns[]>(
      `SELECT ${accessColumnsSql('t', '$2')} FROM trajectory t WHERE t.id = ANY($1::uuid[])`,
      [[...trajectoryIds], userId],
    );
    return rows.map(toAccessRow);
  }
}
