import {
  BusinessCaseKind,
  CriterionVerdict,
  ImpactAspect,
  ParticipationLevel,
  phaseNumber,
  SimPhase,
  StakeholderKind,
  SuccessDimension,
  TrajectoryRole,
  TrajectoryVisibility,
} from '@inspraak/contracts';
import { CriterionResultEntity, SuccessCriterionEntity } from '../entities/criterion.entity';
import { DecisionEntity, DecisionRuleEntity } from '../entities/decision.entity';
import {
  BusinessCaseItemEntity,
  OptionEffectEntity,
  SolutionOptionEntity,
  ValuationRatingEntity,
} from '../entities/impact.entity';
import { MandateEntity } from '../entities/mandate.entity';
import { StakeholderEntity } from '../entities/stakeholder.entity';
import { TrajectoryMemberEntity } from '../entities/team.entity';
import { PhaseChangeEntity, TrajectoryEntity } from '../entities/trajectory.entity';
import {
  BusinessCaseItemObject,
  CriterionResultObject,
  DecisionObject,
  DecisionRuleObject,
  MandateObject,
  OptionEffectObject,
  PhaseChangeObject,
  SolutionOptionObject,
  StakeholderObject,
  SuccessCriterionObject,
  TeamMemberObject,
  TrajectoryObject,
  ValuationRatingObject,
} from './objects';

/** Entity → GraphQL object mappers: entities never leave the service layer as they are. */
export const toTrajectory = (e: TrajectoryEntity): TrajectoryObject => ({
  id: e.id,
  title: e.title,
  problemStatement: e.problemStatement,
  goals: e.goals,
  ownerId: e.ownerId,
  visibility: e.visibility as TrajectoryVisibility,
  phase: e.phase as SimPhase,
  phaseNumber: phaseNumber(e.phase as SimPhase),
  responseTargetDays: e.responseTargetDays,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

export const toPhaseChange = (e: PhaseChangeEntity): PhaseChangeObject => ({
  id: e.id,
  fromPhase: e.fromPhase as SimPhase | null,
  toPhase: e.toPhase as SimPhase,
  steppedBack:
    e.fromPhase !== null &&
    phaseNumber(e.toPhase as SimPhase) < phaseNumber(e.fromPhase as SimPhase),
  actorId: e.actorId,
  reason: e.reason,
  at: e.at,
});

export const toMandate = (e: MandateEntity): MandateObject => ({
  budget: e.budget === null ? null : Number(e.budget),
  deadline: e.deadline,
  decisionSpace: e.decisionSpace,
  constraints: e.constraints,
  recordedAt: e.recordedAt,
  updatedAt: e.updatedAt,
});

export const toTeamMember = (e: TrajectoryMemberEntity): TeamMemberObject => ({
  id: e.id,
  userId: e.userId,
  role: e.role as TrajectoryRole,
  addedAt: e.createdAt,
});

export const toRule = (e: DecisionRuleEntity): DecisionRuleObject => ({
  id: e.id,
  topic: e.topic,
  phase: e.phase as SimPhase,
  decidedBy: e.decidedBy,
  participationLevel: e.participationLevel as ParticipationLevel,
  employeeInvolvement: e.employeeInvolvement,
  agreedAt: e.agreedAt,
});

export const toDecision = (e: DecisionEntity): DecisionObject => ({
  id: e.id,
  ruleId: e.ruleId,
  outcome: e.outcome,
  rationale: e.rationale,
  inputResponse: e.inputResponse,
  decidedOn: e.decidedOn,
  informingInputIds: e.informingInputIds,
  recordedAt: e.createdAt,
});

export const toStakeholder = (e: StakeholderEntity): StakeholderObject => ({
  id: e.id,
  name: e.name,
  kind: e.kind as StakeholderKind,
  orgUnitId: e.orgUnitId,
  employerInterests: e.employerInterests,
  employeeInterests: e.employeeInterests,
  influence: e.influence,
  stance: e.stance,
  involvement: e.involvement,
});

export const toCriterion = (e: SuccessCriterionEntity): SuccessCriterionObject => ({
  id: e.id,
  metric: e.metric,
  target: e.target,
  howMeasured: e.howMeasured,
  dimension: e.dimension as SuccessDimension,
  agreedOn: e.agreedOn,
  agreedBy: e.agreedBy,
  lockedAt: e.lockedAt,
});

export const toResult = (e: CriterionResultEntity): CriterionResultObject => ({
  id: e.id,
  phase: e.phase as SimPhase,
  value: e.value,
  verdict: e.verdict as CriterionVerdict,
  note: e.note,
  measuredOn: e.measuredOn,
});

export const toOption = (e: SolutionOptionEntity): SolutionOptionObject => ({
  id: e.id,
  trajectoryId: e.trajectoryId,
  title: e.title,
  description: e.description,
});

export const toEffect = (e: OptionEffectEntity): OptionEffectObject => ({
  aspect: e.aspect as ImpactAspect,
  rating: e.rating,
  explanation: e.explanation,
});

export const toBusinessCaseItem = (e: BusinessCaseItemEntity): BusinessCaseItemObject => ({
  id: e.id,
  kind: e.kind as BusinessCaseKind,
  description: e.description,
  amount: e.amount === null ? null : Number(e.amount),
  rating: e.rating,
});

export const toRating = (e: ValuationRatingEntity): ValuationRatingObject => ({
  id: e.id,
  optionId: e.optionId,
  stakeholderId: e.stakeholderId,
  score: e.score,
  comment: e.comment,
});
