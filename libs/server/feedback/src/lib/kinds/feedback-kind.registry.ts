import { Injectable } from '@nestjs/common';
import { InputKind } from '@inspraak/contracts';
import { Viewer } from '@inspraak/server-trajectories';
import { FeedbackInputRow } from '../repositories/feedback-input.row';

/** What a viewer may do with one input. */
export interface FeedbackTargetAccess {
  /** May see it (NOT_FOUND otherwise, like a random id). */
  visible: boolean;
  /** May respond to it and merge it (moderators and the trajectory team, per kind). */
  canRespond: boolean;
}

export interface FeedbackTargetDescription {
  /** What the input answers, e.g. the challenge's question. */
  containerTitle: string;
  /** The input's web path, e.g. `/ideeen/<id>`. */
  path: string;
}

/**
 * The part of an input kind every process needs (the worker's notification fan-out too): pure
 * SQL and paths, no services. Registered by the module owning the kind.
 */
export interface FeedbackKindDefinition {
  readonly kind: InputKind;
  /** The word for one input of this kind, for notification texts. */
  readonly noun: { nl: string; en: string };
  /**
   * SQL predicate: user `uid` (an SQL expression) may see input `i` (alias) given that they may
   * see its trajectory — e.g. an idea's challenge audience. The trajectory's team sees all.
   */
  audienceSql(i: string, uid: string): string;
  /** The input's web path; `containerId` for kinds whose page is the container's (pulse actions). */
  path(inputId: string, containerId: string): string;
}

/**
 * The API side of a kind, answering per viewer: may they see it, may they respond, what is its
 * container. Registered by the module owning the kind (challenges for ideas; consultations,
 * roasts and pulse surveys when they land).
 */
export interface FeedbackTargetProvider {
  readonly kind: InputKind;
  /** Batched; ids the viewer may not see map to `visible: false` (or are missing). */
  access(
    viewer: Viewer,
    rows: readonly FeedbackInputRow[],
  ): Promise<Map<string, FeedbackTargetAccess>>;
  /** Batched; missing ids are left out. */
  describe(rows: readonly FeedbackInputRow[]): Promise<Map<string, FeedbackTargetDescription>>;
}

/** The input kinds the feedback loop knows (one definition and, in the API, one provider each). */
@Injectable()
export class FeedbackKindRegistry {
  private readonly definitions = new Map<string, FeedbackKindDefinition>();
  private readonly providers = new Map<string, FeedbackTargetProvider>();

  define(definition: FeedbackKindDefinition): void {
    if (this.definitions.has(definition.kind)) {
      throw new Error(`feedback: input kind "${definition.kind}" defined twice`);
    }
    this.definitions.set(definition.kind, definition);
  }

  provide(provider: FeedbackTargetProvider): void {
    if (this.providers.has(provider.kind)) {
      throw new Error(`feedback: input kind "${provider.kind}" has two providers`);
    }
    this.providers.set(provider.kind, provider);
  }

  /** A wiring error (not user input) when the kind was never defined. */
  definition(kind: string): FeedbackKindDefinition {
    const d = this.definitions.get(kind);
    if (!d) throw new Error(`feedback: input kind "${kind}" is not defined`);
    return d;
  }

  provider(kind: string): FeedbackTargetProvider {
    const p = this.providers.get(kind);
    if (!p) throw new Error(`feedback: input kind "${kind}" has no provider`);
    return p;
  }

  kinds(): string[] {
    return [...this.definitions.keys()].sort();
  }

  /** SQL predicate: the kind's audience rule for user `uid` and input `i` (false: unknown kind). */
  audienceSql(i: string, uid: string): string {
    const byKind = this.kinds().map(
      (k) => `(${i}.kind = '${k}' AND ${this.definition(k).audienceSql(i, uid)})`,
    );
    return byKind.length ? `(${byKind.join(' OR ')})` : 'false';
  }

  /**
   * SQL predicate: user `uid` may see input `i` — its trajectory is visible to them, and they
   * are on the trajectory's team or pass the kind's audience rule. Admins are handled by callers.
   */
  visibleSql(i: string, uid: string, visibleTrajectorySql: (t: string, uid: string) => string) {
    return `EXISTS (SELECT 1 FROM trajectory vt WHERE vt.id = ${i}.trajectory_id
        AND ${visibleTrajectorySql('vt', uid)}
        AND (vt.owner_id = ${uid}
             OR EXISTS (SELECT 1 FROM trajectory_member vtm
                        WHERE vtm.trajectory_id = vt.id AND vtm.user_id = ${uid})
             OR ${this.audienceSql(i, uid)}))`;
  }
}
