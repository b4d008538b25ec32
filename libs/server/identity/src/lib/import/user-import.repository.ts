import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ImportProblem, ImportSummary, UserImportEntity } from './user-import.entity';

/** Rows per statement: large enough for few round trips, small enough for parameter sizes. */
const CHUNK = 5000;

/** Any constant: one import writes at a time (all replicas). */
const IMPORT_LOCK_KEY = 724_151_103;

export interface UnitRecord {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  depth: number;
  archivedAt: Date | null;
}

export interface ExistingUser {
  id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
  primaryOrgUnitId: string | null;
}

export interface UserWrite {
  name: string;
  email: string;
  primaryOrgUnitId: string | null;
  locale: string;
  role: string;
}

export interface UnitWrite {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  depth: number;
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Imports and the set-based reads and writes they need (arrays through `unnest`). */
@Injectable()
export class UserImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A transaction holding the import lock and the org unit tree lock. */
  writing<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK_KEY]);
      // The org unit tree lock (see OrgUnitRepository): no move or archive meanwhile.
      await m.query('SELECT pg_advisory_xact_lock($1)', [724_151_101]);
      return work(m);
    });
  }

  async create(
    row: Pick<UserImportEntity, 'kind' | 'dryRun' | 'createdById' | 'csv' | 'status' | 'problems'>,
  ) {
    const result = await this.dataSource.getRepository(UserImportEntity).insert(row);
    return result.identifiers[0]['id'] as string;
  }

  findById(id: string) {
    return this.dataSource.getRepository(UserImportEntity).findOne({ where: { id } });
  }

  async update(id: string, changes: Partial<UserImportEntity>) {
    await this.dataSource.getRepository(UserImportEntity).update({ id }, changes);
  }

  /** Final state: the report stays, the file (personal data) goes. */
  async finish(
    id: string,
    status: string,
    problems: ImportProblem[],
    summary: ImportSummary | null,
    processedRows?: number,
  ) {
    await this.update(id, {
      status,
      problems,
      summary,
      csv: null,
      finishedAt: new Date(),
      ...(processedRows !== undefined ? { processedRows } : {}),
    });
  }

  async units(m: EntityManager = this.dataSource.manager): Promise<UnitRecord[]> {
    const rows = await m.query<
      {
        id: string;
        name: string;
        parent_id: string | null;
        path: string;
        depth: number;
        archived_at: Date | null;
      }[]
    >('SELECT id, name, parent_id, path, depth, archived_at FROM org_unit ORDER BY path');
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      parentId: r.parent_id,
      path: r.path,
      depth: r.depth,
      archivedAt: r.archived_at,
    }));
  }

  async usersByEmail(
    emails: string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ExistingUser>> {
    const map = new Map<string, ExistingUser>();
    for (const part of chunks(emails)) {
      const rows = await m.query<
        {
          id: string;
          email: string;
          name: string;
          role: string;
          locale: string;
          primary_org_unit_id: string | null;
        }[]
      >(
        `SELECT id, email, name, role, locale, primary_org_unit_id FROM app_user
          WHERE email = ANY($1::varchar[])`,
        [part],
      );
      for (const r of rows) {
        map.set(r.email, {
          id: r.id,
          email: r.email,
          name: r.name,
          role: r.role,
          locale: r.locale,
          primaryOrgUnitId: r.primary_org_unit_id,
        });
      }
    }
    return map;
  }

  async insertUsers(m: EntityManager, users: UserWrite[]): Promise<void> {
    for (const part of chunks(users)) {
      await m.query(
        `INSERT INTO app_user (name, email, primary_org_unit_id, locale, role)
         SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::varchar[], $5::varchar[])
         ON CONFLICT (email) DO NOTHING`,
        [
          part.map((u) => u.name),
          part.map((u) => u.email),
          part.map((u) => u.primaryOrgUnitId),
          part.map((u) => u.locale),
          part.map((u) => u.role),
        ],
      );
    }
  }

  /** Writes only rows that differ, so a repeated import leaves every row (and updated_at) alone. */
  async updateUsers(m: EntityManager, users: (UserWrite & { id: string })[]): Promise<void> {
    for (const part of chunks(users)) {
      await m.query(
        `UPDATE app_user u
            SET name = v.name, primary_org_unit_id = v.unit, locale = v.locale, role = v.role,
                updated_at = now()
           FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::varchar[], $5::varchar[])
                AS v(id, name, unit, locale, role)
          WHERE u.id = v.id
            AND (u.name, u.primary_org_unit_id, u.locale, u.role)
                IS DISTINCT FROM (v.name, v.unit, v.locale, v.role)`,
        [
          part.map((u) => u.id),
          part.map((u) => u.name),
          part.map((u) => u.primaryOrgUnitId),
          part.map((u) => u.locale),
          part.map((u) => u.role),
        ],
      );
    }
  }

  /** Parents come before their children (sorted by depth), so the foreign key holds. */
  async insertUnits(m: EntityManager, units: UnitWrite[]): Promise<void> {
    const sorted = [...units].sort((a, b) => a.depth - b.depth);
    for (const part of chunks(sorted)) {
      await m.query(
        `INSERT INTO org_unit (id, name, parent_id, path, depth)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::varchar[], $5::int[])`,
        [
          part.map((u) => u.id),
          part.map((u) => u.name),
          part.map((u) => u.parentId),
          part.map((u) => u.path),
          part.map((u) => u.depth),
        ],
      );
    }
  }

  /** Every user for the export, by e-mail address. */
  exportUsers(): Promise<
    {
      email: string;
      name: string;
      role: string;
      locale: string;
      primary_org_unit_id: string | null;
    }[]
  > {
    return this.dataSource.query(
      `SELECT email, name, role, locale, primary_org_unit_id FROM app_user ORDER BY email`,
    );
  }
}
