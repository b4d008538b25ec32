import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  BusinessCaseItemEntity,
  OptionEffectEntity,
  SolutionOptionEntity,
  ValuationInviteEntity,
  ValuationRatingEntity,
} from '../entities/impact.entity';
import { ChildStore } from './child-store';
import { groupBy } from './grouping';

export interface ValuationSummaryRow {
  optionId: string;
  stakeholderId: string;
  ratings: number;
  averageScore: number;
}

/** Solution options, their effects and business case, and the joint valuation. */
@Injectable()
export class ImpactRepository {
  readonly options: ChildStore<SolutionOptionEntity>;
  readonly businessCase: ChildStore<BusinessCaseItemEntity>;
  readonly ratings: ChildStore<ValuationRatingEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.options = new ChildStore(dataSource, SolutionOptionEntity, 'trajectoryId', {
      createdAt: 'ASC',
      id: 'ASC',
    });
    this.businessCase = new ChildStore(dataSource, BusinessCaseItemEntity, 'optionId', {
      createdAt: 'ASC',
      id: 'ASC',
    });
    this.ratings = new ChildStore(dataSource, ValuationRatingEntity, 'trajectoryId', {
      createdAt: 'ASC',
      id: 'ASC',
    });
  }

  async effects(optionIds: readonly string[]): Promise<Map<string, OptionEffectEntity[]>> {
    const rows = optionIds.length
      ? await this.dataSource.manager.find(OptionEffectEntity, {
          where: { optionId: In([...optionIds]) },
          order: { aspect: 'ASC' },
        })
      : [];
    return groupBy(rows, (r) => r.optionId);
  }

  async saveEffect(m: EntityManager, effect: Omit<OptionEffectEntity, 'option'>) {
    await m.upsert(OptionEffectEntity, effect, ['optionId', 'aspect']);
  }

  async deleteEffect(m: EntityManager, optionId: string, aspect: string) {
    await m.delete(OptionEffectEntity, { optionId, aspect });
  }

  async saveRating(
    m: EntityManager,
    rating: Pick<
      ValuationRatingEntity,
      'trajectoryId' | 'optionId' | 'stakeholderId' | 'raterId' | 'score' | 'comment'
    >,
  ): Promise<ValuationRatingEntity> {
    await m.upsert(ValuationRatingEntity, { ...rating, updatedAt: new Date() }, [
      'optionId',
      'stakeholderId',
      'raterId',
    ]);
    return (await m.findOne(ValuationRatingEntity, {
      where: {
        optionId: rating.optionId,
        stakeholderId: rating.stakeholderId,
        raterId: rating.raterId ?? undefined,
      },
    }))!;
  }

  /** One person's own ratings in a trajectory (to show and change them). */
  ratingsBy(trajectoryId: string, raterId: string): Promise<ValuationRatingEntity[]> {
    return this.dataSource.manager.find(ValuationRatingEntity, {
      where: { trajectoryId, raterId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  invites(trajectoryIds: readonly string[]): Promise<ValuationInviteEntity[]> {
    return trajectoryIds.length
      ? this.dataSource.manager.find(ValuationInviteEntity, {
          where: { trajectoryId: In([...trajectoryIds]) },
        })
      : Promise.resolve([]);
  }

  async addInvite(
    m: EntityManager,
    invite: Omit<ValuationInviteEntity, 'trajectory' | 'user' | 'stakeholder'>,
  ) {
    await m
      .createQueryBuilder()
      .insert()
      .into(ValuationInviteEntity)
      .values(invite)
      .orIgnore()
      .execute();
  }

  async removeInvite(
    m: EntityManager,
    invite: Omit<ValuationInviteEntity, 'trajectory' | 'user' | 'stakeholder'>,
  ) {
    await m.delete(ValuationInviteEntity, invite);
  }

  /** Average score per option and stakeholder (group), for many trajectories at once. */
  async valuationSummary(
    trajectoryIds: readonly string[],
  ): Promise<Map<string, ValuationSummaryRow[]>> {
    if (!trajectoryIds.length) return new Map();
    const rows = await this.dataSource.manager.query<
      { trajectory_id: string; option_id: string; stakeholder_id: string; n: number; avg: string }[]
    >(
      `SELECT trajectory_id, option_id, stakeholder_id, count(*)::int AS n, avg(score)::text AS avg
       FROM valuation_rating WHERE trajectory_id = ANY($1::uuid[])
       GROUP BY trajectory_id, option_id, stakeholder_id
       ORDER BY trajectory_id, stakeholder_id, option_id`,
      [[...trajectoryIds]],
    );
    const map = new Map<string, ValuationSummaryRow[]>();
    for (const [k, list] of groupBy(rows, (r) => r.trajectory_id)) {
      map.set(
        k,
        list.map((r) => ({
          optionId: r.option_id,
          stakeholderId: r.stakeholder_id,
          ratings: r.n,
          averageScore: Math.round(Number(r.avg) * 100) / 100,
        })),
      );
    }
    return map;
  }
}
