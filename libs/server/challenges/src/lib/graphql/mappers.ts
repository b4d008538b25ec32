import { ChallengeState, InputStatus, SimPhase } from '@inspraak/contracts';
import { CommentObject, InputCommentEntity } from '@inspraak/server-inputs';
import { ChallengeEntity } from '../entities/challenge.entity';
import { IdeaListRecord, IdeaRecord } from '../repositories/idea.repository';
import type { ChallengeAccess } from '../services/challenge-access.service';
import { IdeaAccess } from '../services/idea.service';
import { ChallengeObject, IdeaObject } from './objects';

export const toChallenge = (c: ChallengeEntity): ChallengeObject => ({
  id: c.id,
  trajectoryId: c.trajectoryId,
  phase: c.phase as SimPhase,
  title: c.title,
  problemStatement: c.problemStatement,
  rules: c.rules,
  prize: c.prize,
  state: c.state as ChallengeState,
  opensAt: c.opensAt,
  closesAt: c.closesAt,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export const toIdea = (r: IdeaRecord): IdeaObject => ({
  id: r.id,
  challengeId: r.challengeId,
  trajectoryId: r.trajectoryId,
  phase: r.phase as SimPhase,
  title: r.title,
  description: r.body,
  tags: r.tags,
  anonymous: r.authorHash !== null,
  status: r.status as InputStatus,
  hidden: r.hidden,
  hiddenReason: r.hidden ? r.hiddenReason : null,
  supportCount: r.supportCount,
  commentCount: r.commentCount,
  followerCount: r.followerCount,
  createdAt: r.createdAt,
  editedAt: r.editedAt,
  withdrawnAt: r.withdrawnAt,
  authorId: r.authorId,
  authorHash: r.authorHash,
  feedbackState: r,
});

/** A node of the idea list: the idea plus what the list read knows for its viewer. */
export function toIdeaCard(r: IdeaListRecord, challenge: ChallengeAccess): IdeaObject {
  const idea = toIdea(r);
  idea.listView = { authorName: r.authorName, supported: r.viewerSupported, challenge };
  return idea;
}

/** A comment as one viewer may see it; `idea` is that viewer's access to the comment's idea. */
export type CommentView = CommentObject & { idea: IdeaAccess };

export function toComment(c: InputCommentEntity, idea: IdeaAccess, showBody: boolean): CommentView {
  return {
    id: c.id,
    inputId: c.inputId,
    parentId: c.parentId,
    body: showBody ? c.body : '',
    anonymous: c.authorHash !== null,
    deleted: c.deletedAt !== null,
    hidden: c.hidden,
    hiddenReason: c.hidden && showBody ? c.hiddenReason : null,
    editedAt: c.editedAt,
    createdAt: c.createdAt,
    authorId: c.authorId,
    authorHash: c.authorHash,
    idea,
  };
}
