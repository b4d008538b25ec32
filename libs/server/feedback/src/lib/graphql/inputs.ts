import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FEEDBACK_LIMITS,
  FeedbackLinkKind,
  FeedbackMetricsGroup,
  FeedbackStatus,
  InputKind,
  SimPhase,
} from '@inspraak/contracts';
import { MAX_PAGE_SIZE } from '@inspraak/server-graphql';
import { OptionalText, RequiredText } from '@inspraak/server-trajectories';
import './objects';

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: 'The input, template or bulk job.' })
  @IsUUID('all')
  id!: string;
}

@InputType('FeedbackLinkInput', {
  description: 'DECISION: targetId is a decision of the input’s trajectory; URL: url is http(s).',
})
export class FeedbackLinkInput {
  @Field(() => FeedbackLinkKind, { description: 'What the link points at.' })
  @IsEnum(FeedbackLinkKind)
  kind!: FeedbackLinkKind;

  @Field(() => ID, { nullable: true, description: 'DECISION: the decision’s id.' })
  @IsOptional()
  @IsUUID('all')
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'URL: the http(s) address.' })
  @OptionalText(FEEDBACK_LIMITS.url)
  url?: string | null;
}

@InputType('RespondToInputInput', { description: 'A status change or response to one input.' })
export class RespondToInputInput {
  @Field(() => ID, { description: 'The input to answer.' })
  @IsUUID('all')
  inputId!: string;

  @Field(() => FeedbackStatus, { description: 'Not RECEIVED; MERGED only through mergeInput.' })
  @IsEnum(FeedbackStatus)
  status!: FeedbackStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'The public response. Required for the first response, NOT_ADOPTED, a step back, a ' +
      'reopening and a progress update (the same status again).',
  })
  @OptionalText(FEEDBACK_LIMITS.text)
  text?: string | null;

  @Field(() => [FeedbackLinkInput], {
    nullable: true,
    description: `What was done (at most ${FEEDBACK_LIMITS.links}); null keeps the current links.`,
  })
  @IsOptional()
  @ArrayMaxSize(FEEDBACK_LIMITS.links)
  @ValidateNested({ each: true })
  @Type(() => FeedbackLinkInput)
  links?: FeedbackLinkInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client: a retried call with the same key adds no second entry.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, {
    message: 'idempotencyKey must be 8 to 100 letters, digits, - or _',
  })
  idempotencyKey?: string | null;
}

@InputType('MergeInputInput', { description: 'Merge a duplicate into the surviving input.' })
export class MergeInputInput {
  @Field(() => ID, { description: 'The duplicate; it becomes MERGED.' })
  @IsUUID('all')
  inputId!: string;

  @Field(() => ID, { description: 'The surviving input (same kind and trajectory).' })
  @IsUUID('all')
  intoId!: string;

  @Field({ description: 'Why (shown to the duplicate’s author, supporters and the board).' })
  @RequiredText(FEEDBACK_LIMITS.text)
  text!: string;
}

@InputType('BulkRespondInput', { description: 'One status and text for many inputs.' })
export class BulkRespondInput {
  @Field(() => [ID], {
    description: `1 to ${FEEDBACK_LIMITS.bulkMax} inputs; up to ${FEEDBACK_LIMITS.bulkInline} are answered at once, more as a job.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(FEEDBACK_LIMITS.bulkMax)
  @IsUUID('all', { each: true })
  inputIds!: string[];

  @Field(() => FeedbackStatus, {
    description: 'The status every input gets (not RECEIVED or MERGED).',
  })
  @IsEnum(FeedbackStatus)
  status!: FeedbackStatus;

  @Field(() => String, { nullable: true, description: 'The response; or give templateId.' })
  @OptionalText(FEEDBACK_LIMITS.text)
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'A template whose text to use.' })
  @IsOptional()
  @IsUUID('all')
  templateId?: string | null;
}

@InputType('FeedbackTemplateInput', { description: 'A response template.' })
export class FeedbackTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Null: organisation-wide (moderators).' })
  @IsOptional()
  @IsUUID('all')
  trajectoryId?: string | null;

  @Field({ description: 'How moderators find it in the list.' })
  @RequiredText(FEEDBACK_LIMITS.templateTitle)
  title!: string;

  @Field(() => FeedbackStatus, { description: 'Not RECEIVED or MERGED.' })
  @IsEnum(FeedbackStatus)
  status!: FeedbackStatus;

  @Field({ description: 'May contain {titel} or {title}.' })
  @RequiredText(FEEDBACK_LIMITS.text)
  text!: string;
}

@ArgsType()
export class UpdateFeedbackTemplateArgs {
  @Field(() => ID, { description: 'The template to change.' })
  @IsUUID('all')
  id!: string;

  @Field(() => FeedbackTemplateInput, { description: 'Its new content.' })
  @ValidateNested()
  @Type(() => FeedbackTemplateInput)
  input!: FeedbackTemplateInput;
}

/** What both lists filter on. */
@InputType({ isAbstract: true })
abstract class FeedbackListFilter {
  @Field(() => [FeedbackStatus], {
    nullable: true,
    description: 'Only inputs with one of these statuses.',
  })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsEnum(FeedbackStatus, { each: true })
  statuses?: FeedbackStatus[] | null;

  @Field(() => InputKind, { nullable: true, description: 'Only inputs of this kind.' })
  @IsOptional()
  @IsEnum(InputKind)
  kind?: InputKind | null;

  @Field(() => SimPhase, { nullable: true, description: 'Only inputs given in this SIM phase.' })
  @IsOptional()
  @IsEnum(SimPhase)
  phase?: SimPhase | null;
}

@InputType('FeedbackInboxFilter', { description: 'Narrows the moderator inbox.' })
export class FeedbackInboxFilter extends FeedbackListFilter {
  @Field(() => ID, { nullable: true, description: 'Only this trajectory’s inputs.' })
  @IsOptional()
  @IsUUID('all')
  trajectoryId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only inputs past their due date.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only inputs without a first response.' })
  @IsOptional()
  @IsBoolean()
  unansweredOnly?: boolean | null;
}

@InputType('FeedbackBoardFilter', { description: 'Narrows the board.' })
export class FeedbackBoardFilter extends FeedbackListFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title or text (Dutch).' })
  @OptionalText(FEEDBACK_LIMITS.search)
  search?: string | null;
}

/** Page arguments with a default page size per list (Relay `first` / `after`). */
const pageArgs = (defaultSize: number) => {
  @ArgsType()
  class PageArgs {
    @Field(() => Int, {
      nullable: true,
      defaultValue: defaultSize,
      description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
    })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE_SIZE)
    first?: number | null = defaultSize;

    @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
    @OptionalText(500)
    after?: string | null;
  }
  return PageArgs;
};

@ArgsType()
export class FeedbackInboxArgs extends pageArgs(25) {
  @Field(() => FeedbackInboxFilter, {
    nullable: true,
    description: 'Which inputs (all that the caller answers when null).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FeedbackInboxFilter)
  filter?: FeedbackInboxFilter | null;
}

@ArgsType()
export class FeedbackBoardArgs extends pageArgs(20) {
  @Field(() => ID, { nullable: true, description: 'Null: the whole organisation.' })
  @IsOptional()
  @IsUUID('all')
  trajectoryId?: string | null;

  @Field(() => FeedbackBoardFilter, { nullable: true, description: 'Which inputs.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FeedbackBoardFilter)
  filter?: FeedbackBoardFilter | null;
}

@ArgsType()
export class FeedbackTemplatesArgs {
  @Field(() => ID, { nullable: true, description: 'Also this trajectory’s templates.' })
  @IsOptional()
  @IsUUID('all')
  trajectoryId?: string | null;
}

@ArgsType()
export class FeedbackMetricsArgs {
  @Field(() => ID, { nullable: true, description: 'One trajectory; null: all you may see.' })
  @IsOptional()
  @IsUUID('all')
  trajectoryId?: string | null;

  @Field(() => FeedbackMetricsGroup, { description: 'How to group the rows.' })
  @IsEnum(FeedbackMetricsGroup)
  groupBy!: FeedbackMetricsGroup;
}
