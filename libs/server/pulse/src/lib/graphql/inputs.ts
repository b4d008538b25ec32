import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FeedbackStatus, INPUT_LIMITS, SimPhase } from '@inspraak/contracts';
import { IsPlausibleDate } from '@inspraak/server-graphql';
import { OptionalText, RequiredText } from '@inspraak/server-trajectories';
import { MAX_OPEN_TEXT } from '../templates/answers';
import { MAX_OPTIONS, MAX_QUESTIONS } from '../templates/build-questions';
import { PulseQuestionType } from '../templates/questions';
import { PulseTemplateKey } from '../templates/templates';
import './enums';

const MAX = { title: 200, description: 2000, text: 500, label: 200 } as const;

export { IdArgs } from '@inspraak/server-graphql';

@ArgsType()
export class PulseSurveysArgs {
  @Field(() => ID, { nullable: true, description: 'Only this trajectory’s surveys.' })
  @IsOptional()
  @IsUUID('all')
  trajectoryId?: string | null;

  @Field(() => Int, { defaultValue: 50, description: '1 to 100, newest first.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 50;
}

@ArgsType()
export class MyPulseRoundsArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: '1 to 100: open rounds first, then the latest closed.',
  })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;
}

@ArgsType()
export class PulseResultsArgs {
  @Field(() => ID)
  @IsUUID('all')
  roundId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit’s subtree of the tree (it must be a group the caller sees).',
  })
  @IsOptional()
  @IsUUID('all')
  orgUnitId?: string | null;
}

@ArgsType()
export class PulseTrendArgs {
  @Field(() => ID)
  @IsUUID('all')
  surveyId!: string;

  @Field(() => ID, { nullable: true, description: 'The group; null: the whole audience.' })
  @IsOptional()
  @IsUUID('all')
  orgUnitId?: string | null;
}

@InputType()
export class PulseTextInput {
  @Field()
  @RequiredText(MAX.text)
  nl!: string;

  @Field()
  @RequiredText(MAX.text)
  en!: string;
}

@InputType()
export class PulseOptionInput {
  @Field(() => PulseTextInput)
  @ValidateNested()
  @Type(() => PulseTextInput)
  label!: PulseTextInput;

  @Field({ defaultValue: false, description: 'Counts towards the favourable share.' })
  @IsBoolean()
  favourable: boolean = false;
}

@InputType({ description: 'A question of one’s own.' })
export class PulseCustomQuestionInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The key of an existing custom question (keeps its trend); leave out for a new one.',
  })
  @OptionalText(20)
  key?: string | null;

  @Field(() => PulseQuestionType)
  @IsEnum(PulseQuestionType)
  type!: PulseQuestionType;

  @Field(() => PulseTextInput)
  @ValidateNested()
  @Type(() => PulseTextInput)
  text!: PulseTextInput;

  @Field(() => PulseTextInput, {
    nullable: true,
    description: 'The dimension name; questions with the same Dutch name are grouped.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PulseTextInput)
  dimension?: PulseTextInput | null;

  @Field(() => PulseTextInput, { nullable: true, description: 'Scales: the lowest value’s label.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PulseTextInput)
  lowLabel?: PulseTextInput | null;

  @Field(() => PulseTextInput, {
    nullable: true,
    description: 'Scales: the highest value’s label.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PulseTextInput)
  highLabel?: PulseTextInput | null;

  @Field(() => [PulseOptionInput], {
    nullable: true,
    description: `SINGLE_CHOICE: 2 to ${MAX_OPTIONS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => PulseOptionInput)
  options?: PulseOptionInput[] | null;
}

/** Fields a survey's create and update share. */
@InputType({ isAbstract: true })
class SurveySettingsInput {
  @Field(() => SimPhase, {
    nullable: true,
    description: 'The phase the survey serves; leave out: the trajectory’s phase at each round.',
  })
  @IsOptional()
  @IsEnum(SimPhase)
  phase?: SimPhase | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Audience units (with subtrees); none: everyone.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  orgUnitIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'k for this survey (at least 3); null: the default.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  k?: number | null;

  @Field(() => Int, { nullable: true, description: 'Comment threshold (at least 5 and k).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  kComments?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A new round every 1 to 52 weeks; null: by hand.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  recurrenceWeeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days a recurring round stays open (1 to 60).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  roundDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'One reminder per round (default on).' })
  @IsOptional()
  @IsBoolean()
  reminders?: boolean | null;

  @Field(() => [PulseTemplateKey], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(PulseTemplateKey, { each: true })
  templates?: PulseTemplateKey[] | null;

  @Field(() => [PulseCustomQuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => PulseCustomQuestionInput)
  customQuestions?: PulseCustomQuestionInput[] | null;
}

@InputType()
export class CreatePulseSurveyInput extends SurveySettingsInput {
  @Field()
  @RequiredText(MAX.title)
  title!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.description)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null: an organisation-wide survey.' })
  @IsOptional()
  @IsUUID('all')
  trajectoryId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Recurring surveys: when the first round opens (default: now).',
  })
  @IsOptional()
  @IsPlausibleDate()
  firstRoundAt?: Date | null;
}

@InputType()
export class UpdatePulseSurveyInput extends SurveySettingsInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.title)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.description)
  description?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Recurring surveys: when the next round opens.',
  })
  @IsOptional()
  @IsPlausibleDate()
  nextRoundAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Archived surveys open no rounds.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean | null;
}

@InputType()
export class SchedulePulseRoundInput {
  @Field(() => ID)
  @IsUUID('all')
  surveyId!: string;

  @Field(() => Date, { nullable: true, description: 'Leave out (or in the past) to open now.' })
  @IsOptional()
  @IsPlausibleDate()
  opensAt?: Date | null;

  @Field()
  @IsPlausibleDate()
  closesAt!: Date;
}

@InputType({
  description: 'One answer: `value` for scales, `choice` for options, `text` for open text.',
})
export class PulseAnswerInput {
  @Field()
  @RequiredText(100)
  questionKey!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1000)
  @Max(1000)
  value?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(20)
  choice?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${MAX_OPEN_TEXT} characters.` })
  @OptionalText(MAX_OPEN_TEXT * 2)
  text?: string | null;
}

@InputType()
export class SubmitPulseResponseInput {
  @Field(() => ID)
  @IsUUID('all')
  roundId!: string;

  @Field(() => [PulseAnswerInput])
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => PulseAnswerInput)
  answers!: PulseAnswerInput[];

  @Field({
    description:
      'Chosen by the client per answer form (e.g. a UUID) and sent again on a retry: a retry ' +
      'with the same key succeeds, any other second answer is ALREADY_ANSWERED.',
  })
  @RequiredText(100)
  idempotencyKey!: string;
}

@InputType({ description: 'An action on a closed round’s outcome ("you said, we did").' })
export class CreatePulseActionInput {
  @Field(() => ID, { description: 'The closed round whose outcome the action answers.' })
  @IsUUID('all')
  roundId!: string;

  @Field({
    description: `What will be done, ${INPUT_LIMITS.pulseActionTitleMin}–${INPUT_LIMITS.pulseActionTitle} characters.`,
  })
  @RequiredText(INPUT_LIMITS.pulseActionTitle)
  @MinLength(INPUT_LIMITS.pulseActionTitleMin)
  title!: string;

  @Field({
    description:
      'The public description of the intended action (also its first public response), up to ' +
      `${INPUT_LIMITS.pulseActionDescription} characters of Markdown.`,
  })
  @RequiredText(INPUT_LIMITS.pulseActionDescription)
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The dimension of the round it is about (`quality-of-work`), if any.',
  })
  @OptionalText(64)
  dimension?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The question of the round it is about (`qow.workload`), if any.',
  })
  @OptionalText(64)
  questionKey?: string | null;

  @Field(() => FeedbackStatus, {
    defaultValue: FeedbackStatus.PLANNED,
    description:
      'The status it is published with: UNDER_CONSIDERATION, PLANNED (default), IN_PROGRESS or ' +
      'DONE. Later changes go through respondToInput like any input.',
  })
  @IsEnum(FeedbackStatus)
  status: FeedbackStatus = FeedbackStatus.PLANNED;

  @Field(() => String, {
    nullable: true,
    description: 'Optional: a retry with the same key returns the action created first.',
  })
  @OptionalText(100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an action; fields left out stay as they are.' })
export class UpdatePulseActionInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(INPUT_LIMITS.pulseActionTitle)
  @MinLength(INPUT_LIMITS.pulseActionTitleMin)
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The public description (the feedback history keeps the responses given).',
  })
  @IsOptional()
  @RequiredText(INPUT_LIMITS.pulseActionDescription)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @OptionalText(64)
  dimension?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @OptionalText(64)
  questionKey?: string | null;
}

@ArgsType()
export class FollowPulseActionArgs {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field({ description: 'true: follow (hear of its status changes); false: stop.' })
  @IsBoolean()
  follow!: boolean;
}
