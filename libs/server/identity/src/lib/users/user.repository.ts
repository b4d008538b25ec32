import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ManagerScopeEntity, UserEntity } from './user.entity';

export type NewUser = Pick<
  UserEntity,
  'name' | 'email' | 'primaryOrgUnitId' | 'locale' | 'role' | 'passwordHash'
>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, m: EntityManager = this.dataSource.manager) {
    return m.findOne(UserEntity, { where: { id } });
  }

  findByEmail(email: string, m: EntityManager = this.dataSource.manager) {
    return m.findOne(UserEntity, { where: { email } });
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  countActiveAdmins(m: EntityManager): Promise<number> {
    return m.count(UserEntity, { where: { role: 'ADMIN', deactivatedAt: IsNull() } });
  }

  /** Ordered by name then id; `search` matches name or e-mail, case-insensitive. */
  page(opts: {
    limit: number;
    search?: string;
    /** Leaves out deactivated (and so erased) accounts. */
    activeOnly?: boolean;
    after?: { name: string; id: string } | null;
  }): Promise<UserEntity[]> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('lower(u.name)', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(opts.limit);
    if (opts.activeOnly) qb.andWhere('u.deactivated_at IS NULL');
    if (opts.search) {
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', {
        q: `%${escapeLike(opts.search)}%`,
      });
    }
    if (opts.after) {
      qb.andWhere('(lower(u.name), u.id) > (:afterName, :afterId)', {
        afterName: opts.after.name,
        afterId: opts.after.id,
      });
    }
    return qb.getMany();
  }

  async insert(m: EntityManager, user: NewUser): Promise<UserEntity> {
    const result = await m.insert(UserEntity, user);
    return (await this.findById(result.identifiers[0]['id'] as string, m))!;
  }

  async update(m: EntityManager, id: string, changes: Partial<NewUser & { deactivatedAt: Date }>) {
    if (Object.keys(changes).length) await m.update(UserEntity, { id }, changes);
  }

  async replaceManagerScopes(m: EntityManager, userId: string, orgUnitIds: string[]) {
    await m.delete(ManagerScopeEntity, { userId });
    if (orgUnitIds.length) {
      await m.insert(
        ManagerScopeEntity,
        orgUnitIds.map((orgUnitId) => ({ userId, orgUnitId })),
      );
    }
  }

  /** Managed org unit ids for many users in one query (DataLoader batch). */
  async managedOrgUnitIds(userIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = userIds.length
      ? await this.dataSource
          .getRepository(ManagerScopeEntity)
          .find({ where: { userId: In([...userIds]) }, order: { orgUnitId: 'ASC' } })
      : [];
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.orgUnitId]);
    return map;
  }
}
