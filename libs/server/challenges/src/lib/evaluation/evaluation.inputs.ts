import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TrajectoryRole } from '@inspraak/contracts';
import { OptionalText } from '@inspraak/server-trajectories';

export const MAX_JURY_COMMENT = 4000;
export const MAX_INVITATION_MESSAGE = 2000;

@ArgsType()
export class ChallengeIdArgs {
  @Field(() => ID)
  @IsUUID('all')
  challengeId!: string;
}

@ArgsType()
export class IdeaIdArgs {
  @Field(() => ID)
  @IsUUID('all')
  ideaId!: string;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  @IsUUID('all')
  criterionId!: string;

  @Field(() => Int, { description: '1..5' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;
}

@InputType()
export class ScoreIdeaInput {
  @Field(() => ID)
  @IsUUID('all')
  ideaId!: string;

  @Field(() => [CriterionScoreInput], {
    defaultValue: [],
    description: 'Scores to set; criteria left out keep their score.',
  })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[] = [];

  @Field(() => String, { nullable: true, description: 'Null keeps the comment as it was.' })
  @OptionalText(MAX_JURY_COMMENT)
  comment?: string | null;
}

@InputType()
export class SetIdeaShortlistedInput {
  @Field(() => ID)
  @IsUUID('all')
  ideaId!: string;

  @Field()
  @IsBoolean()
  shortlisted!: boolean;
}

@InputType()
export class SetIdeaWinnerInput {
  @Field(() => ID)
  @IsUUID('all')
  ideaId!: string;

  @Field()
  @IsBoolean()
  winner!: boolean;
}

@InputType()
export class InviteWinnerInput {
  @Field(() => ID)
  @IsUUID('all')
  ideaId!: string;

  @Field(() => TrajectoryRole, { defaultValue: TrajectoryRole.TEAM_MEMBER })
  @IsEnum(TrajectoryRole)
  role: TrajectoryRole = TrajectoryRole.TEAM_MEMBER;

  @Field(() => String, { nullable: true, description: 'Shown to the author with the invitation.' })
  @OptionalText(MAX_INVITATION_MESSAGE)
  message?: string | null;
}
