import {
  DataSource,
  EntityManager,
  EntityTarget,
  FindOptionsOrder,
  FindOptionsWhere,
  In,
  ObjectLiteral,
} from 'typeorm';
import { groupBy } from './grouping';

/**
 * Reads and writes of one table whose rows belong to a parent (a trajectory or an option): the
 * same handful of queries for every sub-entity, batched by parent for DataLoaders.
 */
export class ChildStore<T extends ObjectLiteral & { id: string }> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityTarget<T>,
    private readonly parentKey: keyof T & string,
    private readonly order: FindOptionsOrder<T>,
  ) {}

  findById(id: string, m: EntityManager = this.dataSource.manager): Promise<T | null> {
    return m.findOne(this.entity, { where: { id } as FindOptionsWhere<T> });
  }

  async byParents(parentIds: readonly string[]): Promise<Map<string, T[]>> {
    if (!parentIds.length) return new Map();
    const rows = await this.dataSource.manager.find(this.entity, {
      where: { [this.parentKey]: In([...parentIds]) } as FindOptionsWhere<T>,
      order: this.order,
    });
    return groupBy(rows, (r) => r[this.parentKey] as string);
  }

  list(parentId: string, m: EntityManager = this.dataSource.manager): Promise<T[]> {
    return m.find(this.entity, {
      where: { [this.parentKey]: parentId } as FindOptionsWhere<T>,
      order: this.order,
    });
  }

  count(parentId: string, m: EntityManager): Promise<number> {
    return m.count(this.entity, { where: { [this.parentKey]: parentId } as FindOptionsWhere<T> });
  }

  async insert(m: EntityManager, values: Partial<T>): Promise<T> {
    const result = await m.insert(this.entity, values);
    return (await this.findById(result.identifiers[0]['id'] as string, m))!;
  }

  async update(m: EntityManager, id: string, changes: Partial<T>): Promise<T> {
    if (Object.keys(changes).length) {
      await m.update(this.entity, { id }, changes);
    }
    return (await this.findById(id, m))!;
  }

  async delete(m: EntityManager, id: string): Promise<void> {
    await m.delete(this.entity, { id });
  }
}
