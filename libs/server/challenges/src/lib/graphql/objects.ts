import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChallengeState, InputStatus, SimPhase } from '@inspraak/contracts';
import { ConnectionType } from '@inspraak/server-graphql';
import type { FeedbackStateColumns } from '@inspraak/server-feedback';
import type { ChallengeAccess } from '../services/challenge-access.service';
import './enums';

@ObjectType('ChallengeCriterion', { description: 'A weighted evaluation criterion.' })
export class ChallengeCriterionObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { description: 'Points 1..100; the ranking divides by their sum.' })
  weight!: number;
}

@ObjectType('ChallengeViewer', { description: 'What the caller may do with this challenge.' })
export class ChallengeViewerObject {
  @Field({ description: 'Trajectory owner, project lead or admin.' }) canEdit!: boolean;
  @Field({ description: 'Respond to ideas, see hidden and withdrawn ones.' })
  canModerate!: boolean;
  @Field({ description: 'The challenge is open: the caller may submit ideas.' })
  canSubmit!: boolean;
}

@ObjectType('Challenge')
export class ChallengeObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) trajectoryId!: string;
  @Field(() => SimPhase) phase!: SimPhase;
  @Field({ description: 'The question employees answer with ideas.' }) title!: string;
  @Field() problemStatement!: string;
  @Field() rules!: string;
  @Field(() => String, { nullable: true }) prize!: string | null;
  @Field(() => ChallengeState) state!: ChallengeState;
  @Field(() => Date, { nullable: true }) opensAt!: Date | null;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class ChallengeConnection extends ConnectionType(ChallengeObject, 'Challenge') {}

/**
 * What the caller may do with this idea. `supported` and `following` are resolved on demand
 * (IdeaViewerFieldsResolver): a list read brings the support along, follows are read only when
 * asked for.
 */
@ObjectType('IdeaViewer', { description: 'What the caller may do with this idea.' })
export class IdeaViewerObject {
  @Field({ description: 'The caller wrote it (also when it is anonymous).' }) isAuthor!: boolean;
  @Field({ description: 'The author, while the challenge is open.' }) canEdit!: boolean;
  @Field() canWithdraw!: boolean;
  @Field({ description: 'Moderators and the trajectory team publish the response.' })
  canRespond!: boolean;
  /** For the resolved fields only; never exposed. */
  ideaId!: string;
  userId!: string;
  /** The caller's support when the list read brought it along. */
  knownSupported?: boolean;
}

/** What a list read already knows about one card for its viewer. */
export interface IdeaListView {
  /** The named author's display name; null when anonymous or erased. */
  authorName: string | null;
  supported: boolean;
  challenge: ChallengeAccess;
}

@ObjectType('Idea')
export class IdeaObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) challengeId!: string;
  @Field(() => ID) trajectoryId!: string;
  @Field(() => SimPhase) phase!: SimPhase;
  @Field() title!: string;
  @Field({ description: 'Markdown as written; render it sanitised.' }) description!: string;
  @Field(() => [String]) tags!: string[];
  @Field({ description: 'Nobody can see who wrote it, admins included.' }) anonymous!: boolean;
  @Field(() => InputStatus) status!: InputStatus;
  @Field() hidden!: boolean;
  @Field(() => String, { nullable: true, description: 'Why moderators hid it.' })
  hiddenReason!: string | null;
  @Field(() => Int) supportCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field(() => Int) followerCount!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  /** For resolved fields only; never exposed. */
  authorId!: string | null;
  authorHash!: string | null;
  /** The feedback columns (Idea.feedback maps them). */
  feedbackState!: FeedbackStateColumns;
  /** Set on the nodes of `ideas` (the list): author and viewer fields need no further read. */
  listView?: IdeaListView;
}

@ObjectType()
export class IdeaConnection extends ConnectionType(IdeaObject, 'Idea') {}

@ObjectType('TagCount', { description: 'A tag and the number of visible ideas carrying it.' })
export class TagCountObject {
  @Field() tag!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SimilarIdea', { description: 'An existing idea that resembles a text being typed.' })
export class SimilarIdeaObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Float, { description: 'Full-text rank plus title similarity; higher is closer.' })
  score!: number;
}
