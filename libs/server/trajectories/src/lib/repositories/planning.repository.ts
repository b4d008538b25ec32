import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DecisionEntity, DecisionRuleEntity } from '../entities/decision.entity';
import { MandateEntity } from '../entities/mandate.entity';
import { ChildStore } from './child-store';

/** Mandate, decision rules and decisions. */
@Injectable()
export class PlanningRepository {
  readonly rules: ChildStore<DecisionRuleEntity>;
  readonly decisions: ChildStore<DecisionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.rules = new ChildStore(dataSource, DecisionRuleEntity, 'trajectoryId', {
      agreedAt: 'ASC',
      id: 'ASC',
    });
    this.decisions = new ChildStore(dataSource, DecisionEntity, 'trajectoryId', {
      decidedOn: 'ASC',
      createdAt: 'ASC',
    });
  }

  findMandate(trajectoryId: string, m: EntityManager = this.dataSource.manager) {
    return m.findOne(MandateEntity, { where: { trajectoryId } });
  }

  async mandates(trajectoryIds: readonly string[]): Promise<Map<string, MandateEntity>> {
    const rows = trajectoryIds.length
      ? await this.dataSource.manager.find(MandateEntity, {
          where: { trajectoryId: In([...trajectoryIds]) },
        })
      : [];
    return new Map(rows.map((r) => [r.trajectoryId, r]));
  }

  async saveMandate(
    m: EntityManager,
    values: Omit<MandateEntity, 'trajectory' | 'updatedAt'>,
  ): Promise<MandateEntity> {
    await m.upsert(MandateEntity, values, ['trajectoryId']);
    return (await this.findMandate(values.trajectoryId, m))!;
  }

  countDecisionsOfRule(m: EntityManager, ruleId: string): Promise<number> {
    return m.count(DecisionEntity, { where: { ruleId } });
  }
}
