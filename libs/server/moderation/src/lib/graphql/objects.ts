import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ModerationQueueStatus, ReportReason } from '@inspraak/contracts';
import { ConnectionType } from '@inspraak/server-graphql';

registerEnumType(ReportReason, {
  name: 'ReportReason',
  description: 'Why content is reported; OTHER needs a text.',
});
registerEnumType(ModerationQueueStatus, {
  name: 'ModerationQueueStatus',
  description: 'OPEN: content with open reports; HIDDEN: content hidden now.',
});

@ObjectType('ContentReportReceipt', {
  description: 'Confirms a report. Who reported is shown to nobody, moderators included.',
})
export class ReportReceiptObject {
  @Field() kind!: string;
  @Field(() => ID) contentId!: string;
  @Field(() => ReportReason) reason!: ReportReason;
  @Field() createdAt!: Date;
}

@ObjectType('ReportReasonCount')
export class ReasonCountObject {
  @Field(() => ReportReason) reason!: ReportReason;
  @Field(() => Int) count!: number;
}

@ObjectType('ModerationReport', { description: 'An open report, without the reporter.' })
export class ModerationReportObject {
  @Field(() => ReportReason) reason!: ReportReason;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('ModerationItem', { description: 'A piece of content in the moderator queue.' })
export class ModerationItemObject {
  @Field(() => ID, { description: 'The moderation record.' }) id!: string;
  @Field({ description: "The content's kind: 'idea', 'comment', …" }) kind!: string;
  @Field(() => ID) contentId!: string;
  @Field(() => ID) trajectoryId!: string;
  @Field() title!: string;
  @Field() excerpt!: string;
  @Field({ description: 'Web path of the content.' }) path!: string;
  @Field() hidden!: boolean;
  @Field({
    description:
      'Hidden by the auto-hide rule after reports, not (yet) by a moderator; the author sees ' +
      'that it awaits review.',
  })
  autoHidden!: boolean;
  @Field(() => String, { nullable: true, description: 'The reason the author sees.' })
  hiddenReason!: string | null;
  @Field(() => Int) openReportCount!: number;
  @Field(() => Date, { nullable: true }) lastReportedAt!: Date | null;
  @Field(() => Date, { nullable: true }) moderatedAt!: Date | null;
  @Field(() => [ReasonCountObject], { description: 'Open reports per reason, most first.' })
  reasonCounts!: ReasonCountObject[];
  @Field(() => [ModerationReportObject], { description: 'The newest open reports (at most 20).' })
  reports!: ModerationReportObject[];
}

@ObjectType()
export class ModerationItemConnection extends ConnectionType(
  ModerationItemObject,
  'ModerationItem',
) {}
