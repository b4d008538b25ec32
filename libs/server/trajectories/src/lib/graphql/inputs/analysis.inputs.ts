import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CriterionVerdict, StakeholderKind, SuccessDimension } from '@inspraak/contracts';
import { IsCalendarDate, OptionalText, RequiredText } from './validators';
import { MAX } from './trajectory.inputs';

@InputType()
export class CreateStakeholderInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field()
  @RequiredText(MAX.title)
  name!: string;

  @Field(() => StakeholderKind)
  @IsEnum(StakeholderKind)
  kind!: StakeholderKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  orgUnitId?: string | null;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  employerInterests: string = '';

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  employeeInterests: string = '';

  @Field(() => Int, { description: '1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  influence!: number;

  @Field(() => Int, { description: '−2 to +2.' })
  @IsInt()
  @Min(-2)
  @Max(2)
  stance!: number;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  involvement: string = '';
}

@InputType()
export class UpdateStakeholderInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.title)
  name?: string;

  @Field(() => StakeholderKind, { nullable: true })
  @IsOptional()
  @IsEnum(StakeholderKind)
  kind?: StakeholderKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  orgUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  employerInterests?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  employeeInterests?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  influence?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-2)
  @Max(2)
  stance?: number;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  involvement?: string;
}

@InputType()
export class CreateSuccessCriterionInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field()
  @RequiredText(MAX.short)
  metric!: string;

  @Field()
  @RequiredText(MAX.short)
  target!: string;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  howMeasured: string = '';

  @Field(() => SuccessDimension)
  @IsEnum(SuccessDimension)
  dimension!: SuccessDimension;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  agreedOn?: string | null;

  @Field({ defaultValue: '', description: 'Who agreed (people or bodies).' })
  @OptionalText(MAX.medium)
  agreedBy: string = '';
}

@InputType()
export class UpdateSuccessCriterionInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.short)
  metric?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.short)
  target?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  howMeasured?: string;

  @Field(() => SuccessDimension, { nullable: true })
  @IsOptional()
  @IsEnum(SuccessDimension)
  dimension?: SuccessDimension;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  agreedOn?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.medium)
  agreedBy?: string;
}

@InputType()
export class RecordCriterionResultInput {
  @Field(() => ID)
  @IsUUID('all')
  criterionId!: string;

  @Field({ description: 'The measured value, e.g. "86%".' })
  @RequiredText(MAX.short)
  value!: string;

  @Field(() => CriterionVerdict)
  @IsEnum(CriterionVerdict)
  verdict!: CriterionVerdict;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  note: string = '';

  @Field({ description: 'YYYY-MM-DD.' })
  @IsCalendarDate()
  measuredOn!: string;
}
