import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CriterionResultEntity, SuccessCriterionEntity } from '../entities/criterion.entity';
import { StakeholderEntity } from '../entities/stakeholder.entity';
import { ChildStore } from './child-store';

/** Stakeholder analysis, success criteria and their results. */
@Injectable()
export class AnalysisRepository {
  readonly stakeholders: ChildStore<StakeholderEntity>;
  readonly criteria: ChildStore<SuccessCriterionEntity>;
  readonly results: ChildStore<CriterionResultEntity>;

  constructor(dataSource: DataSource) {
    this.stakeholders = new ChildStore(dataSource, StakeholderEntity, 'trajectoryId', {
      createdAt: 'ASC',
      id: 'ASC',
    });
    this.criteria = new ChildStore(dataSource, SuccessCriterionEntity, 'trajectoryId', {
      createdAt: 'ASC',
      id: 'ASC',
    });
    this.results = new ChildStore(dataSource, CriterionResultEntity, 'criterionId', {
      measuredOn: 'ASC',
      createdAt: 'ASC',
    });
  }

  /** Locks every unlocked criterion of the trajectory; returns the ids it locked. */
  async lockCriteria(m: EntityManager, trajectoryId: string, at: Date): Promise<string[]> {
    const open = await m.find(SuccessCriterionEntity, {
      where: { trajectoryId, lockedAt: IsNull() },
      select: { id: true },
    });
    if (open.length) {
      await m.update(
        SuccessCriterionEntity,
        { trajectoryId, lockedAt: IsNull() },
        { lockedAt: at },
      );
    }
    return open.map((c) => c.id);
  }

  /** Criteria of the trajectory without a result measured in the given phase. */
  async countCriteriaWithoutResult(
    m: EntityManager,
    trajectoryId: string,
    phase: string,
  ): Promise<number> {
    const rows = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM success_criterion c
       WHERE c.trajectory_id = $1 AND NOT EXISTS (
         SELECT 1 FROM criterion_result r WHERE r.criterion_id = c.id AND r.phase = $2)`,
      [trajectoryId, phase],
    );
    return rows[0].n;
  }
}
