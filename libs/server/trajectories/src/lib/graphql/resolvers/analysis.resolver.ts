import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import {
  AnalysisService,
  CriterionFields,
  StakeholderFields,
} from '../../services/analysis.service';
import {
  CreateStakeholderInput,
  CreateSuccessCriterionInput,
  RecordCriterionResultInput,
  UpdateStakeholderInput,
  UpdateSuccessCriterionInput,
} from '../inputs/analysis.inputs';
import { IdArgs } from '../inputs/trajectory.inputs';
import { toCriterion, toResult, toStakeholder } from '../mappers';
import { CriterionResultObject, StakeholderObject, SuccessCriterionObject } from '../objects';

/** Only the keys the client sent (null means "unchanged", except where a field may be cleared). */
function defined<T extends object>(input: T, keys: (keyof T)[], clearable: (keyof T)[] = []) {
  const out: Partial<T> = {};
  for (const k of keys) {
    if (input[k] != null || (clearable.includes(k) && input[k] === null)) out[k] = input[k];
  }
  return out;
}

/** Stakeholder analysis and success criteria: owner, project lead or admin. */
@Resolver()
export class AnalysisResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @Mutation(() => StakeholderObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createStakeholder(
    @Args('input') i: CreateStakeholderInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const { trajectoryId, ...f } = i;
    const s = await this.analysis.createStakeholder({ principal, origin }, trajectoryId, {
      ...f,
      orgUnitId: f.orgUnitId ?? null,
    });
    return toStakeholder(s);
  }

  @Mutation(() => StakeholderObject)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateStakeholder(
    @Args('input') i: UpdateStakeholderInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const changes = defined(
      i,
      [
        'name',
        'kind',
        'orgUnitId',
        'employerInterests',
        'employeeInterests',
        'influence',
        'stance',
        'involvement',
      ],
      ['orgUnitId'],
    ) as Partial<StakeholderFields>;
    return toStakeholder(
      await this.analysis.updateStakeholder({ principal, origin }, i.id, changes),
    );
  }

  @Mutation(() => ID)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async deleteStakeholder(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return (await this.analysis.deleteStakeholder({ principal, origin }, id)).id;
  }

  @Mutation(() => SuccessCriterionObject, { description: 'Before the pilot (phases 1–3) only.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async createSuccessCriterion(
    @Args('input') i: CreateSuccessCriterionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const { trajectoryId, ...f } = i;
    const c = await this.analysis.createCriterion({ principal, origin }, trajectoryId, {
      ...f,
      agreedOn: f.agreedOn ?? null,
    });
    return toCriterion(c);
  }

  @Mutation(() => SuccessCriterionObject, {
    description: 'PRECONDITION_FAILED (CRITERION_LOCKED) once the pilot has started.',
  })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async updateSuccessCriterion(
    @Args('input') i: UpdateSuccessCriterionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const changes = defined(
      i,
      ['metric', 'target', 'howMeasured', 'dimension', 'agreedOn', 'agreedBy'],
      ['agreedOn'],
    ) as Partial<CriterionFields>;
    return toCriterion(await this.analysis.updateCriterion({ principal, origin }, i.id, changes));
  }

  @Mutation(() => ID, { description: 'Unlocked criteria only.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async deleteSuccessCriterion(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    return (await this.analysis.deleteCriterion({ principal, origin }, id)).id;
  }

  @Mutation(() => CriterionResultObject, { description: 'In phases 4 and 5, for locked criteria.' })
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async recordCriterionResult(
    @Args('input') i: RecordCriterionResultInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ) {
    const { criterionId, ...f } = i;
    return toResult(await this.analysis.recordResult({ principal, origin }, criterionId, f));
  }
}
