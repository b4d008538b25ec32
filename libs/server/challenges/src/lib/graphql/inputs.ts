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
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ChallengeState,
  IdeaListState,
  IdeaSort,
  INPUT_LIMITS,
  SimPhase,
} from '@inspraak/contracts';
import { ConnectionArgs, IsPlausibleDate, MAX_PAGE_SIZE } from '@inspraak/server-graphql';
import { OptionalText, RequiredText } from '@inspraak/server-trajectories';
import './enums';

/** Images per idea. */
export const MAX_IDEA_IMAGES = 5;

export const MAX = { title: 200, text: 10_000, prize: 500, reason: 2_000, name: 200 } as const;

export { IdArgs } from '@inspraak/server-graphql';

@ArgsType()
export class ChallengesArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;
}

@ArgsType()
export class IdeasArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all')
  challengeId!: string;

  // Nullable with a default: an explicit null (a client's unset variable) means the default.
  @Field(() => IdeaSort, { nullable: true, defaultValue: IdeaSort.NEWEST })
  @IsOptional()
  @IsEnum(IdeaSort)
  sort?: IdeaSort | null = IdeaSort.NEWEST;

  @Field(() => IdeaListState, { nullable: true, defaultValue: IdeaListState.ALL })
  @IsOptional()
  @IsEnum(IdeaListState)
  state?: IdeaListState | null = IdeaListState.ALL;

  @Field(() => String, { nullable: true, description: 'Only ideas with this tag.' })
  @OptionalText(INPUT_LIMITS.tag + 10)
  tag?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only my own ideas (named and anonymous), withdrawn and hidden ones too.',
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null = false;
}

@ArgsType()
export class SimilarIdeasArgs {
  @Field(() => ID)
  @IsUUID('all')
  challengeId!: string;

  @Field({ description: 'The title (and start of the description) being typed.' })
  @OptionalText(INPUT_LIMITS.similarText)
  text!: string;
}

@ArgsType()
export class AwaitingResponseArgs {
  @Field(() => ID)
  @IsUUID('all')
  challengeId!: string;

  @Field(() => Int, {
    defaultValue: 50,
    description: `1 to ${MAX_PAGE_SIZE}, oldest first (Challenge.awaitingResponseCount has the total).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;
}

@InputType()
export class ChallengeCriterionInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing criterion (jury scores).' })
  @IsOptional()
  @IsUUID('all')
  id?: string | null;

  @Field()
  @RequiredText(MAX.name)
  nameNl!: string;

  @Field()
  @RequiredText(MAX.name)
  nameEn!: string;

  @Field(() => Int, { description: '1 to 100 points.' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

@InputType()
export class CreateChallengeInput {
  @Field(() => ID)
  @IsUUID('all')
  trajectoryId!: string;

  @Field({ description: 'The question.' })
  @RequiredText(MAX.title)
  title!: string;

  @Field()
  @RequiredText(MAX.text)
  problemStatement!: string;

  @Field({ defaultValue: '' })
  @OptionalText(MAX.text)
  rules: string = '';

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.prize)
  prize?: string | null;

  @Field(() => SimPhase, { nullable: true, description: "Default: the trajectory's phase." })
  @IsOptional()
  @IsEnum(SimPhase)
  phase?: SimPhase | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsPlausibleDate()
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsPlausibleDate()
  closesAt?: Date | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Audience; none: everyone who sees the trajectory.',
  })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  orgUnitIds: string[] = [];

  @Field(() => [ChallengeCriterionInput], {
    nullable: true,
    description: 'Default: the five standard criteria with equal weights.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ChallengeCriterionInput)
  criteria?: ChallengeCriterionInput[] | null;
}

@InputType()
export class UpdateChallengeInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.title)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(MAX.text)
  problemStatement?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.text)
  rules?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty text removes the prize.' })
  @OptionalText(MAX.prize)
  prize?: string | null;

  @Field(() => SimPhase, { nullable: true })
  @IsOptional()
  @IsEnum(SimPhase)
  phase?: SimPhase | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsPlausibleDate()
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsPlausibleDate()
  closesAt?: Date | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  orgUnitIds?: string[] | null;

  @Field(() => [ChallengeCriterionInput], {
    nullable: true,
    description: 'Replaces the criteria (until the challenge leaves OPEN).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ChallengeCriterionInput)
  criteria?: ChallengeCriterionInput[] | null;
}

@InputType()
export class ChangeChallengeStateInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => ChallengeState)
  @IsEnum(ChallengeState)
  to!: ChallengeState;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX.reason)
  reason?: string | null;
}

@InputType({ description: 'What an attached image shows, for people who cannot see it.' })
export class ImageDescriptionInput {
  @Field(() => ID)
  @IsUUID('all')
  attachmentId!: string;

  @Field({ description: `Up to ${INPUT_LIMITS.imageDescription} characters; blank for none.` })
  @IsString()
  @MaxLength(INPUT_LIMITS.imageDescription)
  description!: string;
}

@InputType()
export class SubmitIdeaInput {
  @Field(() => ID)
  @IsUUID('all')
  challengeId!: string;

  @Field({ description: `${INPUT_LIMITS.ideaTitleMin} to ${INPUT_LIMITS.ideaTitle} characters.` })
  @RequiredText(INPUT_LIMITS.ideaTitle)
  @Matches(/\S[\s\S]*\S[\s\S]*\S[\s\S]*\S[\s\S]*\S/, { message: 'title is too short' })
  title!: string;

  @Field({ description: `Markdown, up to ${INPUT_LIMITS.ideaDescription} characters.` })
  @RequiredText(INPUT_LIMITS.ideaDescription)
  description!: string;

  @Field(() => [String], { defaultValue: [], description: `At most ${INPUT_LIMITS.tags}.` })
  @ArrayMaxSize(INPUT_LIMITS.tags * 2)
  @IsString({ each: true })
  @MaxLength(INPUT_LIMITS.tag + 10, { each: true })
  tags: string[] = [];

  @Field({
    defaultValue: false,
    description: 'Store no identity: nobody (admins included) can see who submitted it.',
  })
  @IsBoolean()
  anonymous: boolean = false;

  @Field(() => [ID], {
    defaultValue: [],
    description: `Uploaded images (POST /api/uploads/images), at most ${MAX_IDEA_IMAGES}.`,
  })
  @ArrayMaxSize(MAX_IDEA_IMAGES)
  @IsUUID('all', { each: true })
  attachmentIds: string[] = [];

  @Field(() => [ImageDescriptionInput], {
    defaultValue: [],
    description: 'Text alternatives for the attached images (what each shows).',
  })
  @ArrayMaxSize(MAX_IDEA_IMAGES)
  @ValidateNested({ each: true })
  @Type(() => ImageDescriptionInput)
  imageDescriptions: ImageDescriptionInput[] = [];

  @Field({ description: 'Chosen by the client per idea; a retried submit returns the same idea.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, {
    message: 'idempotencyKey must be 8 to 100 letters, digits, - or _',
  })
  idempotencyKey!: string;
}

@InputType()
export class UpdateIdeaInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(INPUT_LIMITS.ideaTitle)
  @Matches(/\S[\s\S]*\S[\s\S]*\S[\s\S]*\S[\s\S]*\S/, { message: 'title is too short' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(INPUT_LIMITS.ideaDescription)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(INPUT_LIMITS.tags * 2)
  @IsString({ each: true })
  @MaxLength(INPUT_LIMITS.tag + 10, { each: true })
  tags?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The full list of images to keep and add; images left out are removed.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_IDEA_IMAGES)
  @IsUUID('all', { each: true })
  attachmentIds?: string[] | null;

  @Field(() => [ImageDescriptionInput], {
    nullable: true,
    description:
      'Text alternatives for attached images; a blank text clears one, images not named keep theirs.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_IDEA_IMAGES)
  @ValidateNested({ each: true })
  @Type(() => ImageDescriptionInput)
  imageDescriptions?: ImageDescriptionInput[] | null;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID, { description: 'The idea.' })
  @IsUUID('all')
  inputId!: string;

  @Field(() => ID, { nullable: true, description: 'A top-level comment to reply to.' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field()
  @RequiredText(INPUT_LIMITS.comment)
  body!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  anonymous: boolean = false;
}

@InputType()
export class UpdateCommentInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field()
  @RequiredText(INPUT_LIMITS.comment)
  body!: string;
}

@ArgsType()
export class CommentsArgs extends ConnectionArgs {}

@ArgsType()
export class IdeaCommentsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all')
  ideaId!: string;
}
