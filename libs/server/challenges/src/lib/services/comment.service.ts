import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditAction, ChallengeState, InputStatus } from '@inspraak/contracts';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { ForbiddenError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import {
  AnonymousAuthorService,
  InputCommentEntity,
  InputRepository,
} from '@inspraak/server-inputs';
import { Actor, PreconditionError, Viewer } from '@inspraak/server-trajectories';
import { isUuid } from './challenge-access.service';
import { ChallengeAudit } from './challenge-audit';
import { IdeaAccess, IdeaService } from './idea.service';

/** Comments may be written while people may still react: open or in review. */
const DISCUSSION_STATES: readonly string[] = [ChallengeState.OPEN, ChallengeState.REVIEW];

/**
 * Comments on ideas, threaded one level: a reply answers a top-level comment. Anyone who can
 * see the idea may comment (optionally anonymously); authors edit and delete their own.
 */
@Injectable()
export class CommentService {
  constructor(
    private readonly inputs: InputRepository,
    private readonly ideas: IdeaService,
    private readonly anonymous: AnonymousAuthorService,
    private readonly audit: ChallengeAudit,
  ) {}

  isAuthor(userId: string, c: Pick<InputCommentEntity, 'id' | 'authorId' | 'authorHash'>): boolean {
    return c.authorId ? c.authorId === userId : this.anonymous.isAuthor(userId, c.id, c.authorHash);
  }

  /** Hidden comments show their text to their author and moderators only. */
  showsBody(userId: string, c: InputCommentEntity, idea: IdeaAccess): boolean {
    return !c.deletedAt && (!c.hidden || idea.challenge.canModerate || this.isAuthor(userId, c));
  }

  async add(
    actor: Actor,
    inputId: string,
    parentId: string | null,
    body: string,
    anonymous: boolean,
  ): Promise<InputCommentEntity> {
    const { idea, access } = await this.ideas.load(
      { principal: actor.principal, loaders: null },
      inputId,
    );
    this.assertDiscussion(access, idea.status, idea.hidden);
    if (parentId) {
      const parent = isUuid(parentId) ? await this.inputs.findComment(parentId) : null;
      if (!parent || parent.inputId !== inputId || parent.parentId || parent.deletedAt) {
        throw new ValidationError([
          {
            field: 'input.parentId',
            code: 'INVALID_PARENT',
            message: 'Replies answer a top-level comment of the same idea',
          },
        ]);
      }
    }
    const id = randomUUID();
    const userId = actor.principal.userId;
    return this.inputs.transaction((m) =>
      this.inputs.insertComment(m, {
        id,
        inputId,
        parentId,
        body,
        authorId: anonymous ? null : userId,
        authorHash: anonymous ? this.anonymous.hash(userId, id) : null,
      }),
    );
  }

  async update(actor: Actor, id: string, body: string): Promise<InputCommentEntity> {
    const { comment, access } = await this.own(actor, id);
    this.assertDiscussion(access, InputStatus.ACTIVE, false);
    await this.inputs.transaction(async (m) => {
      const c = await this.inputs.lockComment(m, id);
      if (!c || c.deletedAt) throw new NotFoundError('Comment');
      await this.inputs.updateComment(m, id, { body, editedAt: new Date() });
    });
    return (await this.inputs.findComment(comment.id))!;
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const { comment } = await this.own(actor, id);
    await this.inputs.transaction(async (m) => {
      const c = await this.inputs.lockComment(m, id);
      if (!c || c.deletedAt) return;
      await this.inputs.deleteComment(m, c);
      await this.audit.record(
        m,
        comment.authorHash ? null : actor,
        AuditAction.COMMENT_DELETE,
        'comment',
        id,
        { inputId: comment.inputId },
      );
    });
  }

  async page(viewer: Viewer, inputId: string, first: number, after?: string) {
    const { access } = await this.ideas.load(viewer, inputId);
    const cursor = decodeCursor(after, 2);
    let keyset: { createdAt: string; id: string } | null = null;
    if (cursor) {
      const at = typeof cursor[0] === 'string' ? new Date(cursor[0]) : null;
      if (!at || Number.isNaN(at.getTime()) || !isUuid(String(cursor[1]))) {
        throw new ValidationError([
          { field: 'after', code: 'INVALID_CURSOR', message: 'The cursor is not valid' },
        ]);
      }
      keyset = { createdAt: at.toISOString(), id: String(cursor[1]) };
    }
    const rows = await this.inputs.topLevelComments(inputId, first + 1, keyset);
    return {
      access,
      connection: toConnection(rows, first, (c) => encodeCursor([c.createdAt.toISOString(), c.id])),
    };
  }

  replies(parentIds: readonly string[]) {
    return this.inputs.replies(parentIds);
  }

  /** The comment, if the caller wrote it and can still see its idea (else NOT_FOUND/FORBIDDEN). */
  private async own(actor: Actor, id: string) {
    const comment = isUuid(id) ? await this.inputs.findComment(id) : null;
    if (!comment || comment.deletedAt) throw new NotFoundError('Comment');
    let access: IdeaAccess;
    try {
      access = (
        await this.ideas.load({ principal: actor.principal, loaders: null }, comment.inputId)
      ).access;
    } catch (e) {
      if (e instanceof NotFoundError) throw new NotFoundError('Comment');
      throw e;
    }
    if (!this.isAuthor(actor.principal.userId, comment)) {
      throw new ForbiddenError('Only the author may change a comment');
    }
    return { comment, access };
  }

  private assertDiscussion(access: IdeaAccess, status: string, hidden: boolean) {
    if (!DISCUSSION_STATES.includes(access.challenge.state)) {
      throw new PreconditionError([
        { code: 'DISCUSSION_CLOSED', message: 'Comments are closed for this challenge' },
      ]);
    }
    if (status !== (InputStatus.ACTIVE as string) || hidden) {
      throw new PreconditionError([
        { code: 'IDEA_NOT_ACTIVE', message: 'The idea was withdrawn or hidden' },
      ]);
    }
  }
}
