import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BusinessCaseKind, ImpactAspect } from '@inspraak/contracts';
import { IsAmount, OptionalText, RequiredText } from './validators';
import { MAX } from './trajectory.inputs';

@InputType()
export class CreateSolutionOptionInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field()
  @RequiredText(MAX.title)
  title!: string;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  description: string = '';
}

@InputType()
export class UpdateSolutionOptionInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.title)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  description?: string;
}

@InputType()
export class SetOptionEffectInput {
  @Field(() => ID)
  @IsUUID('all')
  optionId!: string;

  @Field(() => ImpactAspect)
  @IsEnum(ImpactAspect)
  aspect!: ImpactAspect;

  @Field(() => Int, { description: '−2 (much worse) to +2 (much better).' })
  @IsInt()
  @Min(-2)
  @Max(2)
  rating!: number;

  @Field()
  @RequiredText(MAX.text)
  explanation!: string;
}

@InputType()
export class BusinessCaseItemInput {
  @Field(() => BusinessCaseKind)
  @IsEnum(BusinessCaseKind)
  kind!: BusinessCaseKind;

  @Field()
  @RequiredText(MAX.medium)
  description!: string;

  @Field(() => Float, { nullable: true, description: 'Euros per year; QUANTITATIVE only.' })
  @IsOptional()
  @IsAmount(-99_999_999_999, 99_999_999_999)
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: '−2..+2; QUALITATIVE only.' })
  @IsOptional()
  @IsInt()
  @Min(-2)
  @Max(2)
  rating?: number | null;
}

@InputType()
export class AddBusinessCaseItemInput extends BusinessCaseItemInput {
  @Field(() => ID)
  @IsUUID('all')
  optionId!: string;
}

@InputType()
export class UpdateBusinessCaseItemInput extends BusinessCaseItemInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}

@InputType()
export class ValuationInviteInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field(() => ID)
  @IsUUID('all')
  userId!: string;

  @Field(() => ID, { description: 'The stakeholder (group) the person rates for.' })
  @IsUUID('all')
  stakeholderId!: string;
}

@InputType()
export class RateOptionInput {
  @Field(() => ID)
  @IsUUID('all')
  optionId!: string;

  @Field(() => ID)
  @IsUUID('all')
  stakeholderId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  comment: string = '';
}
