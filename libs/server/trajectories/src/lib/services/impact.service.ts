import { Injectable } from '@nestjs/common';
import { BusinessCaseKind, ImpactAspect } from '@inspraak/contracts';
import { BusinessCaseItemEntity, SolutionOptionEntity } from '../entities/impact.entity';
import { ImpactRepository } from '../repositories/impact.repository';
import { Actor, ChildTarget, TrajectoryAccessService } from './access.service';
import { invalid } from './errors';

export interface OptionFields {
  title: string;
  description: string;
}

export interface BusinessCaseFields {
  kind: BusinessCaseKind;
  description: string;
  amount: number | null;
  rating: number | null;
}

/** Solution options with their impact analysis (five aspects) and business case. */
@Injectable()
export class ImpactService {
  constructor(
    private readonly impact: ImpactRepository,
    private readonly access: TrajectoryAccessService,
  ) {}

  options(ids: readonly string[]) {
    return this.impact.options.byParents(ids);
  }

  effects(optionIds: readonly string[]) {
    return this.impact.effects(optionIds);
  }

  businessCase(optionIds: readonly string[]) {
    return this.impact.businessCase.byParents(optionIds);
  }

  createOption(actor: Actor, trajectoryId: string, f: OptionFields) {
    return this.access.change(actor, trajectoryId, (m) =>
      this.impact.options.insert(m, {
        trajectoryId,
        title: f.title.trim(),
        description: f.description.trim(),
      }),
    );
  }

  updateOption(actor: Actor, id: string, f: Partial<OptionFields>): Promise<SolutionOptionEntity> {
    return this.access.change(actor, this.optionTarget(id), (m) =>
      this.impact.options.update(m, id, {
        ...(f.title !== undefined ? { title: f.title.trim() } : {}),
        ...(f.description !== undefined ? { description: f.description.trim() } : {}),
      }),
    );
  }

  deleteOption(actor: Actor, id: string): Promise<SolutionOptionEntity> {
    return this.access.change(actor, this.optionTarget(id), async (m) => {
      const option = (await this.impact.options.findById(id, m))!;
      await this.impact.options.delete(m, id);
      return option;
    });
  }

  /** Sets (or replaces) the option's expected effect on one aspect. */
  setEffect(
    actor: Actor,
    optionId: string,
    aspect: ImpactAspect,
    rating: number,
    explanation: string,
  ): Promise<SolutionOptionEntity> {
    return this.access.change(actor, this.optionTarget(optionId), async (m) => {
      await this.impact.saveEffect(m, {
        optionId,
        aspect,
        rating,
        explanation: explanation.trim(),
      });
      return (await this.impact.options.findById(optionId, m))!;
    });
  }

  addBusinessCaseItem(
    actor: Actor,
    optionId: string,
    f: BusinessCaseFields,
  ): Promise<BusinessCaseItemEntity> {
    const values = checkedItem(f);
    return this.access.change(actor, this.optionTarget(optionId), (m) =>
      this.impact.businessCase.insert(m, { optionId, ...values }),
    );
  }

  updateBusinessCaseItem(
    actor: Actor,
    id: string,
    f: BusinessCaseFields,
  ): Promise<BusinessCaseItemEntity> {
    const values = checkedItem(f);
    return this.access.change(actor, this.itemTarget(id), (m) =>
      this.impact.businessCase.update(m, id, values),
    );
  }

  deleteBusinessCaseItem(actor: Actor, id: string): Promise<BusinessCaseItemEntity> {
    return this.access.change(actor, this.itemTarget(id), async (m) => {
      const item = (await this.impact.businessCase.findById(id, m))!;
      await this.impact.businessCase.delete(m, id);
      return item;
    });
  }

  optionTarget(id: string): ChildTarget {
    return {
      what: 'Solution option',
      trajectoryOf: async (m) => (await this.impact.options.findById(id, m))?.trajectoryId ?? null,
    };
  }

  private itemTarget(id: string): ChildTarget {
    return {
      what: 'Business case item',
      trajectoryOf: async (m) => {
        const item = await this.impact.businessCase.findById(id, m);
        return item
          ? ((await this.impact.options.findById(item.optionId, m))?.trajectoryId ?? null)
          : null;
      },
    };
  }
}

/** Quantitative items carry an amount, qualitative ones a rating: never both, never neither. */
function checkedItem(f: BusinessCaseFields) {
  if (f.kind === BusinessCaseKind.QUANTITATIVE && f.amount == null) {
    throw invalid('input.amount', 'REQUIRED', 'A quantitative item needs an amount');
  }
  if (f.kind === BusinessCaseKind.QUALITATIVE && f.rating == null) {
    throw invalid('input.rating', 'REQUIRED', 'A qualitative item needs a rating');
  }
  const quantitative = f.kind === BusinessCaseKind.QUANTITATIVE;
  return {
    kind: f.kind,
    description: f.description.trim(),
    amount: quantitative ? f.amount!.toFixed(2) : null,
    rating: quantitative ? null : f.rating,
  };
}
