import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  BusinessCaseKind,
  CriterionVerdict,
  ImpactAspect,
  ParticipationLevel,
  SimHealthStatus,
  SimPhase,
  StakeholderKind,
  SuccessDimension,
  TrajectoryRole,
  TrajectorySection,
  TrajectoryVisibility,
} from '@inspraak/contracts';
import { ConnectionType } from '@inspraak/server-graphql';
import './enums';

@ObjectType('LocalizedString', { description: 'A text in Dutch and English.' })
export class LocalizedStringObject {
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType('TrajectoryPerson', { description: 'A person as shown on a trajectory: name only.' })
export class PersonObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('TrajectoryViewer', { description: 'What the caller may do with this trajectory.' })
export class ViewerObject {
  @Field(() => [TrajectoryRole]) roles!: TrajectoryRole[];
  @Field({ description: 'Owner, project lead or admin.' }) canEdit!: boolean;
  @Field({ description: 'Team members and admins see mandate, stakeholders and SIM health.' })
  canSeeWorkspace!: boolean;
  @Field(() => [ID], { description: 'Stakeholders the caller was invited to rate options for.' })
  invitedStakeholderIds!: string[];
  /** Not a field: the trajectory the answer is about (for `ratings`). */
  trajectoryId!: string;
}

@ObjectType('StakeholderRef', { description: 'A stakeholder by name (for invited raters).' })
export class StakeholderRefObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('TrajectoryCandidate', {
  description: 'A person who can be added to a trajectory (team, raters): editors only.',
})
export class CandidateObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Tells apart people with the same name.' }) email!: string;
}

@ObjectType('Trajectory')
export class TrajectoryObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() problemStatement!: string;
  @Field() goals!: string;
  @Field(() => ID) ownerId!: string;
  @Field(() => TrajectoryVisibility) visibility!: TrajectoryVisibility;
  @Field(() => SimPhase) phase!: SimPhase;
  @Field(() => Int, { description: '1 to 5.' }) phaseNumber!: number;
  @Field(() => Int, {
    description:
      'Feedback response time target: working days (weekends and Dutch public holidays not ' +
      'counted) until the first response to an input is due. Default 10.',
  })
  responseTargetDays!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class TrajectoryConnection extends ConnectionType(TrajectoryObject, 'Trajectory') {}

@ObjectType('PhaseChange', { description: 'A phase transition; fromPhase is null at the start.' })
export class PhaseChangeObject {
  @Field(() => ID) id!: string;
  @Field(() => SimPhase, { nullable: true }) fromPhase!: SimPhase | null;
  @Field(() => SimPhase) toPhase!: SimPhase;
  @Field({ description: 'True when the trajectory stepped back to an earlier phase.' })
  steppedBack!: boolean;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() at!: Date;
}

@ObjectType('Mandate')
export class MandateObject {
  @Field(() => Float, { nullable: true, description: 'Euros.' }) budget!: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) deadline!: string | null;
  @Field() decisionSpace!: string;
  @Field() constraints!: string;
  @Field() recordedAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('TeamMember')
export class TeamMemberObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => TrajectoryRole) role!: TrajectoryRole;
  @Field() addedAt!: Date;
}

@ObjectType('DecisionRule')
export class DecisionRuleObject {
  @Field(() => ID) id!: string;
  @Field() topic!: string;
  @Field(() => SimPhase) phase!: SimPhase;
  @Field() decidedBy!: string;
  @Field(() => ParticipationLevel) participationLevel!: ParticipationLevel;
  @Field() employeeInvolvement!: string;
  @Field() agreedAt!: Date;
}

@ObjectType('Decision')
export class DecisionObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) ruleId!: string;
  @Field() outcome!: string;
  @Field() rationale!: string;
  @Field({ description: 'What was done with the input that informed it.' }) inputResponse!: string;
  @Field({ description: 'YYYY-MM-DD.' }) decidedOn!: string;
  @Field(() => [String]) informingInputIds!: string[];
  @Field() recordedAt!: Date;
}

@ObjectType('Stakeholder')
export class StakeholderObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StakeholderKind) kind!: StakeholderKind;
  @Field(() => ID, { nullable: true }) orgUnitId!: string | null;
  @Field() employerInterests!: string;
  @Field() employeeInterests!: string;
  @Field(() => Int, { description: '1 to 5.' }) influence!: number;
  @Field(() => Int, { description: '−2 (against) to +2 (in favour).' }) stance!: number;
  @Field() involvement!: string;
}

@ObjectType('CriterionResult')
export class CriterionResultObject {
  @Field(() => ID) id!: string;
  @Field(() => SimPhase) phase!: SimPhase;
  @Field() value!: string;
  @Field(() => CriterionVerdict) verdict!: CriterionVerdict;
  @Field() note!: string;
  @Field({ description: 'YYYY-MM-DD.' }) measuredOn!: string;
}

@ObjectType('SuccessCriterion')
export class SuccessCriterionObject {
  @Field(() => ID) id!: string;
  @Field() metric!: string;
  @Field() target!: string;
  @Field() howMeasured!: string;
  @Field(() => SuccessDimension) dimension!: SuccessDimension;
  @Field(() => String, { nullable: true }) agreedOn!: string | null;
  @Field() agreedBy!: string;
  @Field(() => Date, { nullable: true, description: 'Set when the pilot started.' })
  lockedAt!: Date | null;
}

@ObjectType('OptionEffect')
export class OptionEffectObject {
  @Field(() => ImpactAspect) aspect!: ImpactAspect;
  @Field(() => Int, { description: '−2..+2.' }) rating!: number;
  @Field() explanation!: string;
}

@ObjectType('BusinessCaseItem')
export class BusinessCaseItemObject {
  @Field(() => ID) id!: string;
  @Field(() => BusinessCaseKind) kind!: BusinessCaseKind;
  @Field() description!: string;
  @Field(() => Float, { nullable: true, description: 'Euros per year; QUANTITATIVE.' })
  amount!: number | null;
  @Field(() => Int, { nullable: true, description: '−2..+2; QUALITATIVE.' })
  rating!: number | null;
}

@ObjectType('SolutionOption')
export class SolutionOptionObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) trajectoryId!: string;
  @Field() title!: string;
  @Field() description!: string;
}

@ObjectType('ValuationRating')
export class ValuationRatingObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) optionId!: string;
  @Field(() => ID) stakeholderId!: string;
  @Field(() => Int, { description: '1..5.' }) score!: number;
  @Field() comment!: string;
}

@ObjectType('ValuationScore')
export class ValuationScoreObject {
  @Field(() => ID) optionId!: string;
  @Field(() => Float) averageScore!: number;
  @Field(() => Int) ratings!: number;
}

@ObjectType('ValuationGroup', {
  description: 'One stakeholder (group) with its scores per option.',
})
export class ValuationGroupObject {
  @Field(() => ID) stakeholderId!: string;
  @Field() stakeholderName!: string;
  @Field(() => [ValuationScoreObject]) scores!: ValuationScoreObject[];
}

@ObjectType('ValuationInvite')
export class ValuationInviteObject {
  @Field(() => ID) userId!: string;
  @Field(() => ID) stakeholderId!: string;
}

@ObjectType('SimHealthLink')
export class SimHealthLinkObject {
  @Field(() => TrajectorySection) section!: TrajectorySection;
  @Field(() => ID, { nullable: true }) itemId!: string | null;
}

@ObjectType('SimHealthResult', {
  description:
    'A guideline of the SIM model and what the trajectory data shows. Coaching, not a score.',
})
export class SimHealthResultObject {
  @Field() checkId!: string;
  @Field(() => SimPhase) phase!: SimPhase;
  @Field(() => LocalizedStringObject) guideline!: LocalizedStringObject;
  @Field(() => SimHealthStatus) status!: SimHealthStatus;
  @Field(() => LocalizedStringObject) evidence!: LocalizedStringObject;
  @Field(() => SimHealthLinkObject) link!: SimHealthLinkObject;
}
