import { CriterionResultEntity, SuccessCriterionEntity } from './criterion.entity';
import { DecisionEntity, DecisionRuleEntity } from './decision.entity';
import {
  BusinessCaseItemEntity,
  OptionEffectEntity,
  SolutionOptionEntity,
  ValuationInviteEntity,
  ValuationRatingEntity,
} from './impact.entity';
import { MandateEntity } from './mandate.entity';
import { StakeholderEntity } from './stakeholder.entity';
import { TrajectoryMemberEntity } from './team.entity';
import { PhaseChangeEntity, TrajectoryEntity, TrajectoryOrgUnitEntity } from './trajectory.entity';

export const TRAJECTORY_ENTITIES = [
  TrajectoryEntity,
  TrajectoryOrgUnitEntity,
  PhaseChangeEntity,
  TrajectoryMemberEntity,
  MandateEntity,
  DecisionRuleEntity,
  DecisionEntity,
  StakeholderEntity,
  SuccessCriterionEntity,
  CriterionResultEntity,
  SolutionOptionEntity,
  OptionEffectEntity,
  BusinessCaseItemEntity,
  ValuationInviteEntity,
  ValuationRatingEntity,
];
