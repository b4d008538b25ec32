import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  FeedbackLinkKind,
  FeedbackMetricsGroup,
  FeedbackStatus,
  InputKind,
  SimPhase,
} from '@inspraak/contracts';
import { PageInfo } from '@inspraak/server-graphql';
import { FeedbackLinkValue } from '@inspraak/server-inputs';
import { FeedbackInputRow } from '../repositories/feedback-input.row';

registerEnumType(FeedbackStatus, {
  name: 'FeedbackStatus',
  description:
    'RECEIVED → UNDER_CONSIDERATION → PLANNED → IN_PROGRESS → DONE, or NOT_ADOPTED, or MERGED ' +
    '(into another input, final). See docs/feedback.md for the allowed transitions.',
});
registerEnumType(InputKind, {
  name: 'InputKind',
  description: 'The kind of employee input (ideas now; consultation responses, roasts later).',
});
registerEnumType(FeedbackLinkKind, {
  name: 'FeedbackLinkKind',
  description:
    'DECISION (a decision of the input’s trajectory) or URL; PROTOTYPE_VERSION and ACTION ' +
    'arrive with later capabilities and are refused until then.',
});
registerEnumType(FeedbackMetricsGroup, {
  name: 'FeedbackMetricsGroup',
  description:
    'Group metrics by trajectory, SIM phase, or the org unit of the named author at submission ' +
    '(anonymous inputs in one group without a unit).',
});

@ObjectType('TrajectoryRef', { description: 'A trajectory by id and title.' })
export class TrajectoryRefObject {
  @Field(() => ID, { description: 'The trajectory.' }) id!: string;
  @Field({ description: 'Its title.' }) title!: string;
}

@ObjectType('FeedbackLink', { description: 'What was done: a decision, a page, later more.' })
export class FeedbackLinkObject {
  @Field(() => FeedbackLinkKind, { description: 'What the link points at.' })
  kind!: FeedbackLinkKind;
  @Field(() => ID, { nullable: true, description: 'The decision (or later object) linked.' })
  targetId!: string | null;
  @Field({ description: 'The decision’s outcome or the URL, as it was when linked.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Web path inside Inspraak, if any.' })
  path!: string | null;
  @Field(() => String, { nullable: true, description: 'External address (URL links).' })
  url!: string | null;
}

@ObjectType('FeedbackEntry', {
  description: 'One status change or response of an input, newest first in lists.',
})
export class FeedbackEntryObject {
  @Field(() => ID, { description: 'The entry.' }) id!: string;
  @Field(() => FeedbackStatus, { description: 'The status it set (MERGED: merged away).' })
  status!: FeedbackStatus;
  @Field(() => String, { nullable: true, description: 'The public text given with it.' })
  text!: string | null;
  @Field({ description: 'When it was given.' }) createdAt!: Date;
  @Field(() => [FeedbackLinkObject], { description: 'Links given with this change.' })
  links!: FeedbackLinkObject[];
  /** Resolved fields (responder, mergedInto) read these; not exposed. */
  responderId!: string | null;
  mergedIntoId!: string | null;
}

@ObjectType('Feedback', {
  description: 'The feedback on an input: its status, the public response and the history.',
})
export class FeedbackObject {
  @Field(() => FeedbackStatus, { description: 'Where the input stands.' })
  status!: FeedbackStatus;
  @Field(() => String, { nullable: true, description: 'The current public response text.' })
  response!: string | null;
  @Field(() => Date, { nullable: true, description: 'The latest status change or response.' })
  respondedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The first public response.' })
  firstRespondedAt!: Date | null;
  @Field({
    description:
      'When the first response is due: the trajectory’s target in working days (weekends and ' +
      'Dutch public holidays not counted), at the end of that day in Amsterdam.',
  })
  dueAt!: Date;
  @Field({ description: 'No first response yet and the due moment has passed.' })
  overdue!: boolean;
  @Field(() => [FeedbackLinkObject], { description: 'The current links (what was done).' })
  links!: FeedbackLinkObject[];
  /** Resolved fields (responder, mergedInto, history) read these; not exposed. */
  inputId!: string;
  responderId!: string | null;
  mergedIntoId!: string | null;
}

@ObjectType('InputSummary', {
  description:
    'Any kind of input, as the inbox, the board and notifications show it. Anonymous authors ' +
    'stay anonymous for every viewer.',
})
export class InputSummaryObject {
  @Field(() => ID, { description: 'The input (an idea’s id for ideas).' }) id!: string;
  @Field(() => InputKind, { description: 'What kind of input it is.' }) kind!: InputKind;
  @Field({ description: 'As the author wrote it.' }) title!: string;
  @Field({ description: 'The start of the text (at most 200 characters), markdown as written.' })
  excerpt!: string;
  @Field(() => SimPhase, { description: 'The SIM phase the trajectory was in at submission.' })
  phase!: SimPhase;
  @Field({ description: 'When it was given.' }) createdAt!: Date;
  @Field(() => Int, { description: 'People who support it.' }) supportCount!: number;
  @Field(() => Int, { description: 'Comments (not deleted).' }) commentCount!: number;
  @Field(() => Int, { description: 'People who follow it.' }) followerCount!: number;
  @Field({ description: 'The viewer may respond to it (and merge it).' }) canRespond!: boolean;
  /** The row the resolved fields read; not exposed. */
  row!: FeedbackInputRow;
}

@ObjectType('InputSummaryEdge', { description: 'An input in a list, with its cursor.' })
export class InputSummaryEdge {
  @Field({ description: 'Pass as `after` to continue after this input.' }) cursor!: string;
  @Field(() => InputSummaryObject, { description: 'The input.' }) node!: InputSummaryObject;
}

@ObjectType('FeedbackInboxConnection', {
  description: 'Inputs to answer, by due date (oldest first), then id.',
})
export class FeedbackInboxConnection {
  @Field(() => [InputSummaryEdge], { description: 'This page.' }) edges!: InputSummaryEdge[];
  @Field(() => PageInfo, { description: 'Whether more pages follow.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Inputs matching the filter, over all pages.' })
  totalCount!: number;
  @Field(() => Int, { description: 'Of those, without a first response past the due date.' })
  overdueCount!: number;
}

@ObjectType('FeedbackBoardConnection', {
  description: '“You said, we did”: inputs with a public response, newest response first.',
})
export class FeedbackBoardConnection {
  @Field(() => [InputSummaryEdge], { description: 'This page.' }) edges!: InputSummaryEdge[];
  @Field(() => PageInfo, { description: 'Whether more pages follow.' }) pageInfo!: PageInfo;
}

@ObjectType('FeedbackTemplate', { description: 'A response template for (bulk) answering.' })
export class FeedbackTemplateObject {
  @Field(() => ID, { description: 'The template.' }) id!: string;
  @Field({ description: 'How moderators find it in the list.' }) title!: string;
  @Field(() => FeedbackStatus, { description: 'The status it answers with.' })
  status!: FeedbackStatus;
  @Field({ description: 'May contain {titel} or {title}: replaced by the input’s title.' })
  text!: string;
  /** Resolved field (trajectory) reads it; null = organisation-wide. */
  trajectoryId!: string | null;
}

@ObjectType('BulkFeedbackJob', { description: 'Progress of a bulk answer.' })
export class BulkFeedbackJobObject {
  @Field(() => ID, { description: 'Poll bulkFeedbackJob with it.' }) id!: string;
  @Field({ description: 'QUEUED, RUNNING, DONE or FAILED (gave up; done/failed say how far).' })
  state!: string;
  @Field(() => Int, { description: 'Inputs selected (each once).' }) total!: number;
  @Field(() => Int, { description: 'Inputs answered.' }) done!: number;
  @Field(() => Int, { description: 'Inputs refused (e.g. a transition not allowed).' })
  failed!: number;
  @Field(() => [String], { description: 'The first refusals: input id and error code.' })
  errors!: string[];
}

@ObjectType('FeedbackMetricsRow', { description: 'Feedback loop health of one group.' })
export class FeedbackMetricsRowObject {
  @Field(() => ID, { description: 'Trajectory id, SIM phase or org unit id ("none": no unit).' })
  key!: string;
  @Field({ description: 'The trajectory’s title, the phase, or the org unit’s name.' })
  label!: string;
  @Field(() => Int, { description: 'Inputs given (not withdrawn, not hidden).' }) total!: number;
  @Field(() => Int, { description: 'Inputs with a public response.' }) answered!: number;
  @Field(() => Float, { description: 'answered / total, 0 to 1.' }) answeredShare!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from submission to the first response (null: none answered).',
  })
  medianFirstResponseHours!: number | null;
  @Field(() => Int, { description: 'Without a first response past the due date.' })
  overdue!: number;
}

export const toLink = (l: FeedbackLinkValue): FeedbackLinkObject => ({
  kind: l.kind as FeedbackLinkKind,
  targetId: l.targetId,
  title: l.title,
  path: l.path,
  url: l.url,
});
