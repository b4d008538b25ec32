import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionArgs, PageInfo } from '@inspraak/server-graphql';
import { NOTIFICATION_TYPES } from '../contract';
import { typeToEnum } from '../preferences';

/**
 * The GraphQL names of the contract's notification types (`input.status-changed` →
 * `INPUT_STATUS_CHANGED`), derived from NOTIFICATION_TYPES so a producer's new type appears here.
 */
export const NotificationTypeEnum: Record<string, string> = Object.fromEntries(
  NOTIFICATION_TYPES.map((t) => [typeToEnum(t), typeToEnum(t)]),
);
export type NotificationTypeEnum = string;

const TYPE_DESCRIPTIONS: Record<string, string> = {
  INPUT_STATUS_CHANGED:
    'An input one wrote, supports, commented on or follows got a response or a new status.',
  INPUT_MERGED: 'An input was merged into another one.',
  FEEDBACK_OVERDUE: 'Moderators and trajectory teams: inputs whose response is overdue.',
  PULSE_INVITATION: 'A pulse survey round one is asked to answer opened.',
  PULSE_REMINDER: 'A reminder to answer an open pulse survey round.',
  PULSE_ACTION_PUBLISHED:
    'An action was published on the outcome of a pulse survey round one was asked in ("you said, we did").',
};
registerEnumType(NotificationTypeEnum, {
  name: 'NotificationType',
  description: 'What a notification is about.',
  valuesMap: Object.fromEntries(
    Object.keys(NotificationTypeEnum).map((k) => [
      k,
      { description: TYPE_DESCRIPTIONS[k] ?? `Notifications of type ${k}.` },
    ]),
  ),
});

export enum EmailFrequencyEnum {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}
registerEnumType(EmailFrequencyEnum, {
  name: 'EmailFrequency',
  description: 'How a notification type reaches one by e-mail.',
  valuesMap: {
    IMMEDIATE: { description: 'One e-mail per notification, right away.' },
    DAILY_DIGEST: { description: 'One summary e-mail per day listing the notifications.' },
    OFF: { description: 'No e-mail (the in-app notification centre only).' },
  },
});

@ObjectType('Notification', {
  description: 'One notification in the in-app centre, rendered in the viewer’s language.',
})
export class NotificationObject {
  @Field(() => ID, { description: 'Pass to markNotificationsRead.' }) id!: string;
  @Field(() => NotificationTypeEnum, { description: 'What it is about.' })
  type!: NotificationTypeEnum;
  @Field({ description: 'One line, e.g. "Je idee ‘Fietsstraat’ is niet overgenomen".' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Longer text, e.g. the public response.' })
  body!: string | null;
  @Field({ description: 'Web path of what it is about, e.g. `/ideeen/<id>`.' })
  path!: string;
  @Field({ description: 'When it was created (the fan-out reached the viewer).' })
  createdAt!: Date;
  @Field({ description: 'The viewer marked it read (or opened it).' })
  read!: boolean;
}

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field({ description: 'Pass as `after` to read the notifications after this one.' })
  cursor!: string;
  @Field(() => NotificationObject) node!: NotificationObject;
}

@ObjectType('NotificationConnection', {
  description: 'The viewer’s notifications, newest first (Relay connection).',
})
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'This page, newest first.' })
  edges!: NotificationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'All unread notifications of the viewer (not only this page).' })
  unreadCount!: number;
}

@ObjectType('NotificationPreference', {
  description: 'How one notification type reaches the viewer.',
})
export class NotificationPreferenceObject {
  @Field(() => NotificationTypeEnum, { description: 'The type this setting is for.' })
  type!: NotificationTypeEnum;
  @Field({ description: 'Shown in the in-app notification centre.' }) inApp!: boolean;
  @Field(() => EmailFrequencyEnum, {
    description:
      'How it arrives by e-mail. The anonymous author of an input gets DAILY_DIGEST mail at ' +
      'once (a digest would have to store who they are).',
  })
  email!: EmailFrequencyEnum;
}

@InputType('NotificationPreferenceInput', { description: 'A new setting for one type.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationTypeEnum, { description: 'The type to change.' })
  @IsIn(Object.keys(NotificationTypeEnum))
  type!: NotificationTypeEnum;

  @Field({ description: 'Show it in the in-app notification centre.' })
  @IsBoolean()
  inApp!: boolean;

  @Field(() => EmailFrequencyEnum, { description: 'How it should arrive by e-mail.' })
  @IsEnum(EmailFrequencyEnum)
  email!: EmailFrequencyEnum;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ defaultValue: false, description: 'Only unread notifications.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID], { description: 'At most 500 notification ids of the viewer.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids!: string[];
}

@ArgsType()
export class UpdatePreferencesArgs {
  @Field(() => [NotificationPreferenceInput], { description: 'Each type at most once.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  input!: NotificationPreferenceInput[];
}

@ArgsType()
export class UnsubscribeArgs {
  @Field({ description: 'The signed token of the unsubscribe link in a mail.' })
  @IsString()
  @MaxLength(300)
  token!: string;
}
