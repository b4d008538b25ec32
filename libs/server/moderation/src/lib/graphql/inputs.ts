import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { ModerationQueueStatus, ReportReason } from '@inspraak/contracts';
import { ConnectionArgs } from '@inspraak/server-graphql';

export const MAX_REPORT_TEXT = 1000;
export const MAX_MODERATION_REASON = 2000;
const KIND = /^[a-z][a-z0-9-]{0,31}$/;

/** PostgreSQL text cannot hold U+0000; refusing it keeps it a field error, not a 500. */
const NoNullCharacter = () =>
  ValidateBy({
    name: 'noNullCharacter',
    validator: {
      validate: (v: unknown) => typeof v !== 'string' || !v.includes('\u0000'),
      defaultMessage: () => '$property may not contain a NUL character',
    },
  });

const NotBlank = () =>
  ValidateBy({
    name: 'notBlank',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0,
      defaultMessage: () => '$property may not be empty',
    },
  });

@InputType()
export class ReportContentInput {
  @Field({ description: "The content's kind: 'idea', 'comment', …" })
  @IsString()
  @Matches(KIND, { message: 'kind is not a content kind' })
  kind!: string;

  @Field(() => ID)
  @IsUUID('all')
  contentId!: string;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason!: ReportReason;

  @Field(() => String, {
    nullable: true,
    description: 'Required for OTHER; at most 1000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REPORT_TEXT)
  @NoNullCharacter()
  text?: string | null;
}

@InputType()
export class HideContentInput {
  @Field()
  @IsString()
  @Matches(KIND, { message: 'kind is not a content kind' })
  kind!: string;

  @Field(() => ID)
  @IsUUID('all')
  contentId!: string;

  @Field({ description: 'Shown to the author.' })
  @IsString()
  @MinLength(1)
  @NotBlank()
  @MaxLength(MAX_MODERATION_REASON)
  @NoNullCharacter()
  reason!: string;
}

@InputType({ description: 'Restore hidden content or dismiss open reports.' })
export class ModerationDecisionInput {
  @Field()
  @IsString()
  @Matches(KIND, { message: 'kind is not a content kind' })
  kind!: string;

  @Field(() => ID)
  @IsUUID('all')
  contentId!: string;

  @Field(() => String, { nullable: true, description: 'For the audit log.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MODERATION_REASON)
  @NoNullCharacter()
  note?: string | null;
}

@ArgsType()
export class ModerationQueueArgs extends ConnectionArgs {
  @Field(() => ModerationQueueStatus, { defaultValue: ModerationQueueStatus.OPEN })
  @IsEnum(ModerationQueueStatus)
  status: ModerationQueueStatus = ModerationQueueStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'Only this kind of content.' })
  @IsOptional()
  @IsString()
  @Matches(KIND, { message: 'kind is not a content kind' })
  kind?: string;
}

@ArgsType()
export class ReportedByMeArgs {
  @Field()
  @IsString()
  @Matches(KIND, { message: 'kind is not a content kind' })
  kind!: string;

  @Field(() => [ID], { description: 'At most 100.' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  contentIds!: string[];
}
