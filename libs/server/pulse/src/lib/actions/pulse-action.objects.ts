import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SimPhase } from '@inspraak/contracts';
import { FeedbackObject } from '@inspraak/server-feedback';
import { InputAuthorObject } from '@inspraak/server-inputs';

@ObjectType('PulseActionViewer', { description: 'What the caller may do with an action.' })
export class PulseActionViewerObject {
  @Field({
    description:
      'A survey owner: may change it (updatePulseAction) and answer it (respondToInput, mergeInput).',
  })
  canManage!: boolean;
  @Field({ description: 'The caller follows it (hears of its status changes).' })
  following!: boolean;
}

@ObjectType('PulseAction', {
  description:
    'An action a survey owner published on a closed round’s outcome ("you said, we did"). It is ' +
    'an input of kind PULSE_ACTION in the feedback loop: status, public response and history as ' +
    'for ideas, on the trajectory’s board and in the inbox. Seen by exactly those who may see ' +
    'the round’s results.',
})
export class PulseActionObject {
  @Field(() => ID, { description: 'Also its input id (input(id), respondToInput).' })
  id!: string;
  @Field(() => ID) surveyId!: string;
  @Field(() => ID, { description: 'The round whose outcome it answers.' }) roundId!: string;
  @Field(() => Int) roundNumber!: number;
  @Field(() => ID, { description: 'The survey’s trajectory.' }) trajectoryId!: string;
  @Field(() => SimPhase, { description: 'The round’s SIM phase (else the survey’s).' })
  phase!: SimPhase;
  @Field() title!: string;
  @Field({ description: 'The public description of the intended action (Markdown).' })
  description!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The round’s dimension it is about, or null.',
  })
  dimension!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The round’s question it is about, or null.',
  })
  questionKey!: string | null;
  @Field(() => InputAuthorObject, {
    description: 'The owner who published it (never anonymous; "Onbekend" once erased).',
  })
  createdBy!: InputAuthorObject;
  @Field() createdAt!: Date;
  @Field({ description: 'The last change of title, description or subject.' }) updatedAt!: Date;
  @Field(() => Int) followerCount!: number;
  @Field({ description: 'Web path: the round’s results page, /puls/resultaten/<roundId>.' })
  path!: string;
  @Field(() => FeedbackObject, {
    description: 'The feedback loop: status, public response, responder, links and history.',
  })
  feedback!: FeedbackObject;
  @Field(() => PulseActionViewerObject) viewer!: PulseActionViewerObject;
}
