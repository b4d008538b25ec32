import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { OrgUnitEntity } from './org-unit.entity';

/** Any constant: every change to the tree's shape takes this transaction lock (all replicas). */
const TREE_LOCK_KEY = 724_151_101;

@Injectable()
export class OrgUnitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction holding the tree lock, so moves never interleave. */
  inTreeTransaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [TREE_LOCK_KEY]);
      return work(m);
    });
  }

  findAll(includeArchived: boolean): Promise<OrgUnitEntity[]> {
    return this.dataSource.getRepository(OrgUnitEntity).find({
      where: includeArchived ? {} : { archivedAt: IsNull() },
      order: { path: 'ASC' },
    });
  }

  findById(id: string, m: EntityManager = this.dataSource.manager) {
    return m.findOne(OrgUnitEntity, { where: { id } });
  }

  findByIds(ids: string[], m: EntityManager = this.dataSource.manager) {
    return ids.length ? m.find(OrgUnitEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  async count(m: EntityManager = this.dataSource.manager): Promise<number> {
    return m.count(OrgUnitEntity);
  }

  async insert(m: EntityManager, name: string, parent: OrgUnitEntity | null) {
    const id = randomUUID();
    await m.insert(OrgUnitEntity, {
      id,
      name,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
    });
    return (await this.findById(id, m))!;
  }

  async rename(m: EntityManager, id: string, name: string): Promise<void> {
    await m.update(OrgUnitEntity, { id }, { name });
  }

  /** Moves a unit with its whole subtree: one UPDATE rewrites every descendant's path. */
  async moveSubtree(m: EntityManager, unit: OrgUnitEntity, parent: OrgUnitEntity | null) {
    const newPath = `${parent?.path ?? '/'}${unit.id}/`;
    const depthDelta = (parent ? parent.depth + 1 : 0) - unit.depth;
    await m.query(
      `UPDATE org_unit SET path = $1 || substr(path, length($2) + 1), depth = depth + $3,
         updated_at = now()
       WHERE path LIKE $2 || '%'`,
      [newPath, unit.path, depthDelta],
    );
    await m.update(OrgUnitEntity, { id: unit.id }, { parentId: parent?.id ?? null });
  }

  /** Archives a unit and every unit below it; returns how many were archived. */
  async archiveSubtree(m: EntityManager, unit: OrgUnitEntity): Promise<number> {
    const rows = await m.query<{ id: string }[]>(
      `UPDATE org_unit SET archived_at = now(), updated_at = now()
       WHERE path LIKE $1 || '%' AND archived_at IS NULL RETURNING id`,
      [unit.path],
    );
    // pg returns [rows, count] for UPDATE … RETURNING through TypeORM.
    const list = Array.isArray(rows[0]) ? (rows[0] as unknown as { id: string }[]) : rows;
    return list.length;
  }
}
