import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InputKind } from '@inspraak/contracts';
import { NotFoundError } from '@inspraak/server-errors';
import { Principal } from '@inspraak/server-auth';
import { InputRepository } from '@inspraak/server-inputs';
import { AttachmentAccessRegistry } from '@inspraak/server-storage';
import {
  ModeratedContentProvider,
  ModeratedContentSummary,
  ModerationRegistry,
} from '@inspraak/server-moderation';
import { isUuid } from '../services/challenge-access.service';
import { IdeaService } from '../services/idea.service';

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** The web paths of an idea and of a comment on it. */
export const ideaPath = (challengeId: string, ideaId: string) =>
  `/challenges/${challengeId}/ideas/${ideaId}`;

/**
 * Registers ideas and comments where other modules need them: moderation (report, hide,
 * restore) and attachment access (who may download an idea's images).
 *
 * Makes ideas and their comments reportable and moderatable: moderation asks here whether a
 * caller may see the content, what it is, and hides or restores it on the input rows.
 */
@Injectable()
export class ChallengeContentProviders implements OnModuleInit {
  constructor(
    private readonly registry: ModerationRegistry,
    private readonly ideas: IdeaService,
    private readonly inputs: InputRepository,
    private readonly attachmentAccess: AttachmentAccessRegistry,
  ) {}

  onModuleInit() {
    this.registry.register(this.idea());
    this.registry.register(this.comment());
    // An idea's images are served to whoever may see the idea.
    this.attachmentAccess.register('idea', async (viewer, ideaId) => {
      if (!viewer) return false;
      try {
        await this.ideas.load({ principal: viewer, loaders: null }, ideaId);
        return true;
      } catch (e) {
        if (e instanceof NotFoundError) return false;
        throw e;
      }
    });
  }

  private idea(): ModeratedContentProvider {
    return {
      kind: 'idea',
      assertVisible: async (viewer: Principal, id: string) => {
        await this.ideas.load({ principal: viewer, loaders: null }, id);
      },
      describe: async (ids) => {
        const rows = await this.ideas.findByIds(ids.filter(isUuid));
        return new Map(
          rows.map((r): [string, ModeratedContentSummary] => [
            r.id,
            {
              trajectoryId: r.trajectoryId,
              title: r.title,
              excerpt: excerpt(r.body),
              hidden: r.hidden,
              hiddenReason: r.hiddenReason,
              path: ideaPath(r.challengeId, r.id),
            },
          ]),
        );
      },
      setHidden: async (m: EntityManager, id: string, hidden: boolean, reason: string | null) => {
        await m.query(
          `UPDATE input SET hidden = $2, hidden_reason = $3, updated_at = now()
           WHERE id = $1 AND kind = $4`,
          [id, hidden, hidden ? reason : null, InputKind.IDEA],
        );
      },
    };
  }

  private comment(): ModeratedContentProvider {
    return {
      kind: 'comment',
      assertVisible: async (viewer: Principal, id: string) => {
        const c = isUuid(id) ? await this.inputs.findComment(id) : null;
        if (!c || c.deletedAt) throw new NotFoundError('Comment');
        try {
          await this.ideas.load({ principal: viewer, loaders: null }, c.inputId);
        } catch (e) {
          if (e instanceof NotFoundError) throw new NotFoundError('Comment');
          throw e;
        }
      },
      describe: async (ids) => {
        const comments = (await this.inputs.commentsByIds(ids.filter(isUuid))).filter(
          (c) => !c.deletedAt,
        );
        const ideas = new Map(
          (await this.ideas.findByIds([...new Set(comments.map((c) => c.inputId))])).map((i) => [
            i.id,
            i,
          ]),
        );
        const map = new Map<string, ModeratedContentSummary>();
        for (const c of comments) {
          const idea = ideas.get(c.inputId);
          if (!idea) continue;
          map.set(c.id, {
            trajectoryId: idea.trajectoryId,
            title: idea.title,
            excerpt: excerpt(c.body),
            hidden: c.hidden,
            hiddenReason: c.hiddenReason,
            path: `${ideaPath(idea.challengeId, idea.id)}#comment-${c.id}`,
          });
        }
        return map;
      },
      setHidden: async (m: EntityManager, id: string, hidden: boolean, reason: string | null) => {
        await m.query(
          `UPDATE input_comment SET hidden = $2, hidden_reason = $3, updated_at = now() WHERE id = $1`,
          [id, hidden, hidden ? reason : null],
        );
      },
    };
  }
}
