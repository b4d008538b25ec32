import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ParticipationLevel, SimPhase, TrajectoryRole } from '@inspraak/contracts';
import { IsAmount, IsCalendarDate, OptionalText, RequiredText } from './validators';
import { MAX } from './trajectory.inputs';

@InputType()
export class SetMandateInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field(() => Float, { nullable: true, description: 'Euros, 0 to 999,999,999,999.' })
  @IsOptional()
  @IsAmount(0, 999_999_999_999)
  budget?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string | null;

  @Field()
  @RequiredText(MAX.text)
  decisionSpace!: string;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  constraints: string = '';
}

@ArgsType()
export class TrajectoryCandidatesArgs {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field({ description: 'Part of a name or e-mail address, at least 2 characters.' })
  @RequiredText(100)
  @MinLength(2)
  search!: string;

  @Field(() => Int, { defaultValue: 10, description: '1 to 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 10;
}

@InputType()
export class AddTeamMemberInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field(() => ID)
  @IsUUID('all')
  userId!: string;

  @Field(() => TrajectoryRole)
  @IsEnum(TrajectoryRole)
  role!: TrajectoryRole;
}

@InputType()
export class CreateDecisionRuleInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field()
  @RequiredText(MAX.short)
  topic!: string;

  @Field(() => SimPhase)
  @IsEnum(SimPhase)
  phase!: SimPhase;

  @Field()
  @RequiredText(MAX.medium)
  decidedBy!: string;

  @Field(() => ParticipationLevel)
  @IsEnum(ParticipationLevel)
  participationLevel!: ParticipationLevel;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  employeeInvolvement: string = '';
}

@InputType()
export class UpdateDecisionRuleInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.short)
  topic?: string;

  @Field(() => SimPhase, { nullable: true })
  @IsOptional()
  @IsEnum(SimPhase)
  phase?: SimPhase;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.medium)
  decidedBy?: string;

  @Field(() => ParticipationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipationLevel)
  participationLevel?: ParticipationLevel;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  employeeInvolvement?: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  @IsUUID('all')
  ruleId!: string;

  @Field()
  @RequiredText(MAX.medium)
  outcome!: string;

  @Field()
  @RequiredText(MAX.text)
  rationale!: string;

  @Field({ defaultValue: '', description: 'What was done with the input.' })
  @OptionalText(MAX.text)
  inputResponse: string = '';

  @Field({ description: 'YYYY-MM-DD.' })
  @IsCalendarDate()
  decidedOn!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  informingInputIds: string[] = [];
}

@InputType()
export class UpdateDecisionInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText(MAX.medium)
  outcome?: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText(MAX.text)
  rationale?: string;

  @Field({ nullable: true, description: 'What was done with the input.' })
  @OptionalText(MAX.text)
  inputResponse?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  decidedOn?: string;
}
