import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { FEEDBACK_LIMITS, SimPhase, TrajectoryVisibility } from '@inspraak/contracts';
import { ConnectionArgs } from '@inspraak/server-graphql';
import { OptionalText, RequiredText } from './validators';

export const MAX = { title: 200, text: 10_000, short: 300, medium: 500, reason: 2_000 } as const;

export { IdArgs } from '@inspraak/server-graphql';

@ArgsType()
export class TrajectoriesArgs extends ConnectionArgs {
  @Field(() => SimPhase, { nullable: true })
  @IsOptional()
  @IsEnum(SimPhase)
  phase?: SimPhase;

  @Field(() => ID, {
    nullable: true,
    description: 'Trajectories aimed at this unit (a selected unit in its subtree or above it).',
  })
  @IsOptional()
  @IsUUID('all')
  orgUnitId?: string;

  @Field({ defaultValue: false, description: 'Only trajectories I own or am on the team of.' })
  @IsBoolean()
  mine: boolean = false;
}

@InputType()
export class CreateTrajectoryInput {
  @Field()
  @RequiredText(MAX.title)
  title!: string;

  @Field()
  @RequiredText(MAX.text)
  problemStatement!: string;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  goals: string = '';

  @Field(() => TrajectoryVisibility, { defaultValue: TrajectoryVisibility.ORGANISATION })
  @IsEnum(TrajectoryVisibility)
  visibility: TrajectoryVisibility = TrajectoryVisibility.ORGANISATION;

  @Field(() => [ID], { defaultValue: [], description: 'Required for ORG_UNITS visibility.' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  orgUnitIds: string[] = [];

  @Field(() => ID, { nullable: true, description: 'The innovation manager; default: you.' })
  @IsOptional()
  @IsUUID('all')
  ownerId?: string;
}

@InputType()
export class UpdateTrajectoryInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.title)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.text)
  problemStatement?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  goals?: string;

  @Field(() => TrajectoryVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(TrajectoryVisibility)
  visibility?: TrajectoryVisibility;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  orgUnitIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  ownerId?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      `Feedback response time target in working days, ${FEEDBACK_LIMITS.targetDaysMin} to ` +
      `${FEEDBACK_LIMITS.targetDaysMax}; the due dates of the inputs waiting for a first response follow.`,
  })
  @IsOptional()
  @IsInt()
  @Min(FEEDBACK_LIMITS.targetDaysMin)
  @Max(FEEDBACK_LIMITS.targetDaysMax)
  responseTargetDays?: number;
}

@InputType()
export class ChangePhaseInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => SimPhase)
  @IsEnum(SimPhase)
  to!: SimPhase;

  @Field(() => String, { nullable: true, description: 'Required when stepping back.' })
  @OptionalText(MAX.reason)
  reason?: string | null;
}
