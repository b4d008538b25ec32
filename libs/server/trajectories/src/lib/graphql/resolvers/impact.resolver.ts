import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { ImpactService, OptionFields } from '../../services/impact.service';
import { ValuationService } from '../../services/valuation.service';
import {
  AddBusinessCaseItemInput,
  CreateSolutionOptionInput,
  RateOptionInput,
  SetOptionEffectInput,
  UpdateBusinessCaseItemInput,
  UpdateSolutionOptionInput,
  ValuationInviteInput,
} from '../inputs/impact.inputs';
import { IdArgs } from '../inputs/trajectory.inputs';
import { toBusinessCaseItem, toOption, toRating } from '../mappers';
import { BusinessCaseItemObject, SolutionOptionObject, ValuationRatingObject } from '../objects';

const item = (i: AddBusinessCaseItemInput | UpdateBusinessCaseItemInput) => ({
  kind: i.kind,
  description: i.description,
  amount: i.amount ?? null,
  rating: i.rating ?? null,
});

/** Impact analysis, business case and joint valuation. */
@Resolver()
export class ImpactResolver {
  constructor(
    private readonly impact: ImpactService,
    private readonly valuation: ValuationService,
  ) {}

  @Mutation(() => SolutionOptionObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createSolutionOption(
    @Args('input') i: CreateSolutionOptionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const o = await this.impact.createOption({ principal, origin }, i.trajectoryId, {
      title: i.title,
      description: i.description,
    });
    return toOption(o);
  }

  @Mutation(() => SolutionOptionObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateSolutionOption(
    @Args('input') i: UpdateSolutionOptionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const changes: Partial<OptionFields> = {};
    if (i.title != null) changes.title = i.title;
    if (i.description != null) changes.description = i.description;
    return toOption(await this.impact.updateOption({ principal, origin }, i.id, changes));
  }

  @Mutation(() => ID)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async deleteSolutionOption(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return (await this.impact.deleteOption({ principal, origin }, id)).id;
  }

  @Mutation(() => SolutionOptionObject, { description: 'Sets the effect on one aspect.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async setOptionEffect(
    @Args('input') i: SetOptionEffectInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const o = await this.impact.setEffect(
      { principal, origin },
      i.optionId,
      i.aspect,
      i.rating,
      i.explanation,
    );
    return toOption(o);
  }

  @Mutation(() => BusinessCaseItemObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async addBusinessCaseItem(
    @Args('input') i: AddBusinessCaseItemInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return toBusinessCaseItem(
      await this.impact.addBusinessCaseItem({ principal, origin }, i.optionId, item(i)),
    );
  }

  @Mutation(() => BusinessCaseItemObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateBusinessCaseItem(
    @Args('input') i: UpdateBusinessCaseItemInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return toBusinessCaseItem(
      await this.impact.updateBusinessCaseItem({ principal, origin }, i.id, item(i)),
    );
  }

  @Mutation(() => ID)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async deleteBusinessCaseItem(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return (await this.impact.deleteBusinessCaseItem({ principal, origin }, id)).id;
  }

  @Mutation(() => Boolean, {
    description: 'Invites a person to rate the options for a stakeholder.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  inviteValuator(
    @Args('input') i: ValuationInviteInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return this.valuation.invite({ principal, origin }, i.trajectoryId, i.userId, i.stakeholderId);
  }

  @Mutation(() => Boolean)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  removeValuator(
    @Args('input') i: ValuationInviteInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return this.valuation.uninvite(
      { principal, origin },
      i.trajectoryId,
      i.userId,
      i.stakeholderId,
    );
  }

  @Mutation(() => ValuationRatingObject, {
    description: 'Rates an option for a stakeholder (invited raters; editors for a workshop).',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async rateOption(
    @Args('input') i: RateOptionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const r = await this.valuation.rate(
      { principal, origin },
      i.optionId,
      i.stakeholderId,
      i.score,
      i.comment,
    );
    return toRating(r);
  }
}
