import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal } from '@inspraak/server-auth';
import { ValidationError } from '@inspraak/server-errors';

/** What the moderator queue shows of one piece of content and where it lives. */
export interface ModeratedContentSummary {
  trajectoryId: string;
  title: string;
  excerpt: string;
  hidden: boolean;
  /** Shown to the author. Null while hidden: hidden automatically after reports, pending review. */
  hiddenReason: string | null;
  /** Web path of the content, e.g. `/challenges/…/ideas/…`. */
  path: string;
}

/**
 * One kind of content that can be reported and moderated ('idea', 'comment', later 'roast').
 * The owning module registers it in its `onModuleInit`.
 */
export interface ModeratedContentProvider {
  readonly kind: string;
  /**
   * Throws the usual NOT_FOUND AppError if the viewer may not see the content. Moderators and
   * admins who may see the trajectory must also see hidden content (to restore it).
   */
  assertVisible(viewer: Principal, id: string): Promise<void>;
  /** For the moderator queue: what the content is and where it lives. Missing ids are left out. */
  describe(ids: readonly string[]): Promise<Map<string, ModeratedContentSummary>>;
  /** Hide or restore; the reason is shown to the author. Runs in the caller's transaction. */
  setHidden(
    manager: EntityManager,
    id: string,
    hidden: boolean,
    reason: string | null,
  ): Promise<void>;
}

export const CONTENT_KIND = /^[a-z][a-z0-9-]{0,31}$/;

/** The kinds of content moderation knows; one provider per kind. */
@Injectable()
export class ModerationRegistry {
  private readonly providers = new Map<string, ModeratedContentProvider>();

  register(provider: ModeratedContentProvider): void {
    if (!CONTENT_KIND.test(provider.kind)) {
      throw new Error(`moderation: invalid content kind "${provider.kind}"`);
    }
    if (this.providers.has(provider.kind)) {
      throw new Error(`moderation: content kind "${provider.kind}" registered twice`);
    }
    this.providers.set(provider.kind, provider);
  }

  /** The provider of `kind`; an unknown kind is a field error of the caller's input. */
  get(kind: string, field = 'input.kind'): ModeratedContentProvider {
    const provider = this.providers.get(kind);
    if (!provider) {
      throw new ValidationError([
        { field, code: 'UNKNOWN_KIND', message: `Content of kind "${kind}" cannot be moderated` },
      ]);
    }
    return provider;
  }

  has(kind: string): boolean {
    return this.providers.has(kind);
  }

  kinds(): string[] {
    return [...this.providers.keys()].sort();
  }
}
