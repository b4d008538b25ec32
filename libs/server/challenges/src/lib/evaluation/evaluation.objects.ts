import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrajectoryRole } from '@inspraak/contracts';
import { ChallengeCriterionObject } from '../graphql/objects';
import { ScoringStatus } from './ranking';

registerEnumType(ScoringStatus, {
  name: 'ScoringStatus',
  description:
    'How far the caller scored an idea: not yet, some criteria (or a comment only), all.',
});

@ObjectType('JurorProgress', { description: 'How far one jury member is with scoring.' })
export class JurorProgressObject {
  @Field(() => ID) jurorId!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Eligible ideas scored on every criterion.' }) scored!: number;
  @Field(() => Int) toScore!: number;
}

@ObjectType('CriterionAverage')
export class CriterionAverageObject {
  @Field(() => ID) criterionId!: string;
  @Field(() => Float) average!: number;
}

@ObjectType('IdeaJuryDecision', { description: "The jury's decisions on one idea." })
export class IdeaJuryDecisionObject {
  @Field(() => ID) ideaId!: string;
  @Field() shortlisted!: boolean;
  @Field() winner!: boolean;
  @Field(() => TrajectoryRole, {
    nullable: true,
    description: 'The team role the author is invited to; null: not invited.',
  })
  invitedRole!: TrajectoryRole | null;
  @Field(() => Date, { nullable: true }) invitedAt!: Date | null;
}

@ObjectType('RankedIdea', { description: 'An idea in the weighted ranking of the jury.' })
export class RankedIdeaObject {
  @Field(() => ID) ideaId!: string;
  @Field() title!: string;
  @Field(() => Int, { description: '1-based; equal scores keep the submission order.' })
  rank!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      "Mean over the jury members of each one's weighted mean (1..5); null: not scored yet.",
  })
  score!: number | null;
  @Field(() => Int) jurorCount!: number;
  @Field(() => [CriterionAverageObject]) criterionAverages!: CriterionAverageObject[];
  @Field() shortlisted!: boolean;
  @Field() winner!: boolean;
  @Field(() => TrajectoryRole, { nullable: true }) invitedRole!: TrajectoryRole | null;
  @Field(() => ScoringStatus, {
    description:
      "The caller's own scoring of this idea (jury members; TODO for everyone else), so the " +
      "juror's list needs no query per idea.",
  })
  scoredByMe!: ScoringStatus;
}

@ObjectType('ChallengeEvaluation', {
  description: 'The jury view of a challenge: for its jury members and the trajectory editors.',
})
export class ChallengeEvaluationObject {
  @Field(() => ID) challengeId!: string;
  @Field({ description: 'The caller is a jury member and the challenge is in REVIEW.' })
  canScore!: boolean;
  @Field({ description: 'The caller may shortlist, pick winners and invite them.' })
  canDecide!: boolean;
  @Field(() => [ChallengeCriterionObject]) criteria!: ChallengeCriterionObject[];
  @Field(() => [JurorProgressObject]) progress!: JurorProgressObject[];
  @Field(() => [RankedIdeaObject], {
    description: 'Active, visible ideas: scored ones by score, then the rest.',
  })
  ranking!: RankedIdeaObject[];
}

@ObjectType('CriterionScore')
export class CriterionScoreObject {
  @Field(() => ID) criterionId!: string;
  @Field(() => Int, { description: '1..5' }) score!: number;
}

@ObjectType('IdeaEvaluation', { description: "One jury member's scores and comment on an idea." })
export class IdeaEvaluationObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) ideaId!: string;
  @Field(() => ID) jurorId!: string;
  @Field() jurorName!: string;
  @Field() comment!: string;
  @Field(() => [CriterionScoreObject]) scores!: CriterionScoreObject[];
  @Field() updatedAt!: Date;
}

@ObjectType('WinnerInvitation', {
  description:
    'An invitation to join a trajectory team, addressed to the author of a winning idea (also ' +
    'an anonymous one). Only the author sees it; accepting makes them a team member.',
})
export class WinnerInvitationObject {
  @Field(() => ID) ideaId!: string;
  @Field() ideaTitle!: string;
  @Field(() => ID) challengeId!: string;
  @Field() challengeTitle!: string;
  @Field(() => ID) trajectoryId!: string;
  @Field() trajectoryTitle!: string;
  @Field(() => TrajectoryRole) role!: TrajectoryRole;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() invitedAt!: Date;
}

@ObjectType('ChallengeWinner')
export class ChallengeWinnerObject {
  @Field(() => ID) ideaId!: string;
  @Field() title!: string;
}
