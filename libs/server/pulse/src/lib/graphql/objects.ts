import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SimPhase } from '@inspraak/contracts';
import { HiddenReason } from '../anonymity/suppression';
import { PulseRoundState } from '../repositories/round.repository';
import { PulseQuestionType } from '../templates/questions';
import { PulseTemplateKey } from '../templates/templates';
import './enums';

@ObjectType('PulseText', { description: 'A text in Dutch (the default) and English.' })
export class PulseTextObject {
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType('PulseOption', { description: 'An option of a single-choice question.' })
export class PulseOptionObject {
  @Field({ description: 'Stable within the question (`o1`, `o2`, …): answers name it.' })
  key!: string;
  @Field(() => PulseTextObject) label!: PulseTextObject;
  @Field({ description: 'Counts towards the question’s favourable share.' })
  favourable!: boolean;
}

@ObjectType('PulseQuestion', { description: 'A question as a round asks it.' })
export class PulseQuestionObject {
  @Field({ description: 'Stable within the survey (`qow.autonomy`, `custom.3`); answers name it.' })
  key!: string;
  @Field(() => PulseQuestionType) type!: PulseQuestionType;
  @Field(() => String, { nullable: true, description: 'The key of its dimension.' })
  dimension!: string | null;
  @Field(() => PulseTextObject) text!: PulseTextObject;
  @Field(() => PulseTextObject, {
    nullable: true,
    description: 'Label of the lowest value (scales).',
  })
  lowLabel!: PulseTextObject | null;
  @Field(() => PulseTextObject, {
    nullable: true,
    description: 'Label of the highest value (scales).',
  })
  highLabel!: PulseTextObject | null;
  @Field(() => [PulseOptionObject], { description: 'SINGLE_CHOICE only; empty otherwise.' })
  options!: PulseOptionObject[];
  @Field({ description: 'Closed questions are required; open text is optional.' })
  required!: boolean;
  @Field({ description: 'The eNPS question: its result carries the eNPS score.' })
  enps!: boolean;
}

@ObjectType('PulseDimension', { description: 'A group of questions reported together.' })
export class PulseDimensionObject {
  @Field() key!: string;
  @Field(() => PulseTextObject) name!: PulseTextObject;
}

@ObjectType('PulseTemplate', { description: 'A built-in question set, versioned.' })
export class PulseTemplateObject {
  @Field(() => PulseTemplateKey) key!: PulseTemplateKey;
  @Field(() => Int) version!: number;
  @Field(() => PulseTextObject) name!: PulseTextObject;
  @Field(() => PulseTextObject) description!: PulseTextObject;
  @Field(() => PulseDimensionObject) dimension!: PulseDimensionObject;
  @Field(() => [PulseQuestionObject]) questions!: PulseQuestionObject[];
}

@ObjectType('PulseTemplateRef', {
  description: 'A template (and its version) a survey took questions from.',
})
export class PulseTemplateRefObject {
  @Field(() => PulseTemplateKey) key!: PulseTemplateKey;
  @Field(() => Int) version!: number;
}

@ObjectType('PulsePromise', {
  description:
    'The privacy promise shown with the questions, in plain words, with the thresholds in force.',
})
export class PulsePromiseObject {
  @Field(() => PulseTextObject) text!: PulseTextObject;
  @Field(() => Int, { description: 'Results of a group show only when at least k answered.' })
  k!: number;
  @Field(() => Int, {
    description: 'Comments of a group show only when at least this many answered.',
  })
  kComments!: number;
  @Field({ description: 'Web path of the privacy page’s pulse section.' })
  privacyPath!: string;
}

@ObjectType('PulseRoundViewer', { description: 'The caller and this round.' })
export class PulseRoundViewerObject {
  @Field({ description: 'The round asked the caller (the audience when it opened).' })
  asked!: boolean;
  @Field({ description: 'The caller has answered (moved or still pending).' })
  answered!: boolean;
  @Field({ description: 'Asked, not yet answered, and the round is open.' })
  canAnswer!: boolean;
}

@ObjectType('PulseRound', { description: 'A round of a pulse survey.' })
export class PulseRoundObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) surveyId!: string;
  @Field() surveyTitle!: string;
  @Field() surveyDescription!: string;
  @Field(() => Int) number!: number;
  @Field(() => PulseRoundState) state!: PulseRoundState;
  @Field() opensAt!: Date;
  @Field() closesAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => SimPhase, { nullable: true, description: 'The SIM phase the round measured.' })
  phase!: SimPhase | null;
  @Field(() => [PulseQuestionObject], {
    description: 'The questions (fixed when the round opened; the survey’s before that).',
  })
  questions!: PulseQuestionObject[];
  @Field(() => [PulseDimensionObject]) dimensions!: PulseDimensionObject[];
  @Field(() => PulsePromiseObject) promise!: PulsePromiseObject;
  @Field(() => Int, { nullable: true, description: 'People asked (fixed when it opened).' })
  audienceSize!: number | null;
  @Field({ description: 'Results are released: the round is closed.' })
  resultsAvailable!: boolean;

  // Not in the schema: what the lazily resolved fields (responseCount, viewer) need.
  k!: number;
  openForAnswers!: boolean;
  asked!: boolean;
  viewerId!: string;
}

@ObjectType('PulseSurveyViewer', { description: 'The caller and this survey.' })
export class PulseSurveyViewerObject {
  @Field({ description: 'Survey owner: edit, schedule and close rounds, see every result group.' })
  canManage!: boolean;
}

@ObjectType('PulseSurvey', { description: 'A pulse survey with its settings and rounds.' })
export class PulseSurveyObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ID, { nullable: true, description: 'Null: organisation-wide.' })
  trajectoryId!: string | null;
  @Field(() => SimPhase, {
    nullable: true,
    description: 'The phase it serves; null: the trajectory’s phase when each round opens.',
  })
  phase!: SimPhase | null;
  @Field(() => [PulseTemplateRefObject]) templates!: PulseTemplateRefObject[];
  @Field(() => [PulseQuestionObject]) questions!: PulseQuestionObject[];
  @Field(() => [PulseDimensionObject]) dimensions!: PulseDimensionObject[];
  @Field(() => [ID], { description: 'Audience units (with their subtrees); empty: everyone.' })
  orgUnitIds!: string[];
  @Field(() => Int, { nullable: true, description: 'The survey’s own k; null: the default.' })
  k!: number | null;
  @Field(() => Int, { nullable: true, description: 'The survey’s own comment threshold.' })
  kComments!: number | null;
  @Field(() => Int, { description: 'The k the next round opens with (floors applied).' })
  effectiveK!: number;
  @Field(() => Int, { description: 'The comment threshold the next round opens with.' })
  effectiveKComments!: number;
  @Field(() => Int, { nullable: true, description: 'A new round every this many weeks.' })
  recurrenceWeeks!: number | null;
  @Field(() => Int, { description: 'How long a recurring round stays open (days).' })
  roundDays!: number;
  @Field(() => Date, { nullable: true }) nextRoundAt!: Date | null;
  @Field({ description: 'One reminder per round to those who have not answered.' })
  reminders!: boolean;
  @Field() archived!: boolean;
  @Field() createdAt!: Date;
  @Field(() => [PulseRoundObject], { description: 'Newest first.' })
  rounds!: PulseRoundObject[];
  @Field(() => PulseSurveyViewerObject) viewer!: PulseSurveyViewerObject;
}

@ObjectType('PulseValueCount', { description: 'How many gave one answer.' })
export class PulseValueCountObject {
  @Field(() => Int, { nullable: true, description: 'The scale value (scales).' })
  value!: number | null;
  @Field(() => String, { nullable: true, description: 'The option key (single choice).' })
  choice!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType('PulseQuestionResult', { description: 'A closed question’s result for one group.' })
export class PulseQuestionResultObject {
  @Field() key!: string;
  @Field(() => Int) answers!: number;
  @Field(() => [PulseValueCountObject], { description: 'Every value or option, zeros included.' })
  distribution!: PulseValueCountObject[];
  @Field(() => Float, { nullable: true, description: 'Scales only.' })
  mean!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '0–1; null where the question has no favourable answers.',
  })
  favourableShare!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'eNPS question only: % promoters − % detractors.',
  })
  enps!: number | null;
}

@ObjectType('PulseDimensionResult', { description: 'A dimension’s result for one group.' })
export class PulseDimensionResultObject {
  @Field() key!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Scale answers on 0–100 (each scale’s lowest value 0, highest 100).',
  })
  score!: number | null;
  @Field(() => Float, { nullable: true, description: 'Favourable answers over all answers, 0–1.' })
  favourableShare!: number | null;
}

@ObjectType('PulseComment', { description: 'An open-text answer: no author, no date, no order.' })
export class PulseCommentObject {
  @Field() questionKey!: string;
  @Field() text!: string;
}

@ObjectType('PulseResultNode', {
  description:
    'One group of the result tree: the whole audience (orgUnitId null) or an org unit with ' +
    'everything below it. Hidden groups carry no numbers, only the reason.',
})
export class PulseResultNodeObject {
  @Field(() => ID, { nullable: true }) orgUnitId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The nearest shown ancestor; null: the root.' })
  parentOrgUnitId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The unit’s name; null for the whole audience.',
  })
  name!: string | null;
  @Field(() => Int) depth!: number;
  @Field(() => Int, { description: 'People asked in the group.' })
  audience!: number;
  @Field() hidden!: boolean;
  @Field(() => HiddenReason, { nullable: true }) hiddenReason!: HiddenReason | null;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field(() => Float, { nullable: true, description: 'Responses over people asked, 0–1.' })
  responseRate!: number | null;
  @Field(() => [PulseDimensionResultObject]) dimensions!: PulseDimensionResultObject[];
  @Field(() => [PulseQuestionResultObject]) questions!: PulseQuestionResultObject[];
  @Field({
    description:
      'Comments show for this group (at least k_comments answered, complementary suppression, ' +
      'and the caller may read them).',
  })
  commentsVisible!: boolean;

  // Not in the schema: what the comments field needs.
  roundId!: string;
  reportingUnits!: string[];
}

@ObjectType('PulseResults', {
  description:
    'Results of a round for the caller. Released only once the round is closed; every group ' +
    'respects k and complementary suppression across the org-unit tree.',
})
export class PulseResultsObject {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) surveyId!: string;
  @Field({ description: 'False while the round is open (results are released at the close).' })
  released!: boolean;
  @Field(() => Int) k!: number;
  @Field(() => Int) kComments!: number;
  @Field(() => [PulseQuestionObject]) questions!: PulseQuestionObject[];
  @Field(() => [PulseDimensionObject]) dimensions!: PulseDimensionObject[];
  @Field(() => [PulseResultNodeObject], {
    description: 'Depth first; the caller’s groups only (owners: all; managers: their units).',
  })
  nodes!: PulseResultNodeObject[];
}

@ObjectType('PulseTrendPoint', { description: 'One closed round of the trend.' })
export class PulseTrendPointObject {
  @Field(() => ID) roundId!: string;
  @Field(() => Int) number!: number;
  @Field(() => SimPhase, { nullable: true }) phase!: SimPhase | null;
  @Field() closesAt!: Date;
  @Field({ description: 'False: the group is hidden in that round (or was not asked).' })
  shown!: boolean;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field(() => [PulseDimensionResultObject]) dimensions!: PulseDimensionResultObject[];
  @Field(() => Float, { nullable: true }) enps!: number | null;
}

@ObjectType('PulsePhaseTrend', { description: 'The shown rounds of one SIM phase, pooled.' })
export class PulsePhaseTrendObject {
  @Field(() => SimPhase, { nullable: true }) phase!: SimPhase | null;
  @Field(() => Int) rounds!: number;
  @Field(() => Int) responses!: number;
  @Field(() => [PulseDimensionResultObject]) dimensions!: PulseDimensionResultObject[];
  @Field(() => Float, { nullable: true }) enps!: number | null;
}

@ObjectType('PulseTrend', { description: 'A group’s results across rounds and SIM phases.' })
export class PulseTrendObject {
  @Field(() => ID) surveyId!: string;
  @Field(() => ID, { nullable: true }) orgUnitId!: string | null;
  @Field(() => [PulseTrendPointObject], { description: 'Oldest first.' })
  points!: PulseTrendPointObject[];
  @Field(() => [PulsePhaseTrendObject]) phases!: PulsePhaseTrendObject[];
}

@ObjectType('PulseSubmitResult', {
  description: 'The answer is stored (or a retry was recognised).',
})
export class PulseSubmitResultObject {
  @Field(() => ID) roundId!: string;
  @Field({ description: 'Always true: the caller has answered this round.' })
  answered!: boolean;
}
