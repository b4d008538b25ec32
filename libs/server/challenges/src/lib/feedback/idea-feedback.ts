import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InputKind } from '@inspraak/contracts';
import {
  FeedbackCoreModule,
  FeedbackInputRow,
  FeedbackKindDefinition,
  FeedbackKindRegistry,
  FeedbackTargetAccess,
  FeedbackTargetDescription,
  FeedbackTargetProvider,
} from '@inspraak/server-feedback';
import { Viewer } from '@inspraak/server-trajectories';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { ChallengeAccessService, inAudienceSql } from '../services/challenge-access.service';
import { IdeaService } from '../services/idea.service';

/** The web path of an idea. */
export const ideaWebPath = (id: string) => `/ideeen/${id}`;

/**
 * Ideas as a kind of input for the feedback loop, the part every process needs: an idea is
 * seen by whoever is in its challenge's audience (the trajectory's visibility and team are
 * checked by the feedback loop around it); drafts have no ideas.
 */
export const IDEA_FEEDBACK_KIND: FeedbackKindDefinition = {
  kind: InputKind.IDEA,
  noun: { nl: 'het idee', en: 'idea' },
  // The set of challenges the user is in the audience of: one hashed lookup per row.
  audienceSql: (i, uid) =>
    `${i}.container_id IN (SELECT fc.id FROM challenge fc
       WHERE fc.state <> 'DRAFT' AND ${inAudienceSql('fc', uid)})`,
  path: ideaWebPath,
};

@Injectable()
class IdeaFeedbackKind implements OnModuleInit {
  constructor(private readonly registry: FeedbackKindRegistry) {}

  onModuleInit() {
    this.registry.define(IDEA_FEEDBACK_KIND);
  }
}

/**
 * Defines the idea kind for the feedback loop: in the API (with ChallengesModule) and in the
 * worker, whose notification fan-out asks who may still see an idea.
 */
@Module({ imports: [FeedbackCoreModule], providers: [IdeaFeedbackKind] })
export class IdeaFeedbackKindModule {}

/**
 * The API side of ideas in the feedback loop: the same rules as the idea pages (the challenge's
 * audience and roles, hidden and withdrawn ideas for moderators and the author), and who may
 * respond: moderators and the trajectory's owner and project leads who see the challenge.
 */
@Injectable()
export class IdeaFeedbackTarget implements FeedbackTargetProvider, OnModuleInit {
  readonly kind = InputKind.IDEA;

  constructor(
    private readonly registry: FeedbackKindRegistry,
    private readonly challengeAccess: ChallengeAccessService,
    private readonly ideas: IdeaService,
    private readonly challenges: ChallengeRepository,
  ) {}

  onModuleInit() {
    this.registry.provide(this);
  }

  async access(
    viewer: Viewer,
    rows: readonly FeedbackInputRow[],
  ): Promise<Map<string, FeedbackTargetAccess>> {
    const challenges = new Map(
      (await this.challengeAccess.many(viewer, [...new Set(rows.map((r) => r.containerId))])).map(
        (c) => [c.challengeId, c],
      ),
    );
    return new Map(
      rows.map((r) => {
        const challenge = challenges.get(r.containerId)!;
        const idea = this.ideas.accessOf(viewer, r, challenge);
        return [r.id, { visible: idea.visible, canRespond: idea.visible && challenge.canModerate }];
      }),
    );
  }

  async describe(
    rows: readonly FeedbackInputRow[],
  ): Promise<Map<string, FeedbackTargetDescription>> {
    const titles = new Map(
      (await this.challenges.findByIds([...new Set(rows.map((r) => r.containerId))])).map((c) => [
        c.id,
        c.title,
      ]),
    );
    return new Map(
      rows.map((r) => [
        r.id,
        { containerTitle: titles.get(r.containerId) ?? '', path: ideaWebPath(r.id) },
      ]),
    );
  }
}
