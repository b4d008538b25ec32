import { Module } from '@nestjs/common';
import { FeedbackModule } from '@inspraak/server-feedback';
import { InputsModule } from '@inspraak/server-inputs';
import { ModerationModule } from '@inspraak/server-moderation';
import { TrajectoriesModule } from '@inspraak/server-trajectories';
import { ChallengeFieldsResolver } from './graphql/resolvers/challenge-fields.resolver';
import { ChallengeResolver } from './graphql/resolvers/challenge.resolver';
import { CommentResolver } from './graphql/resolvers/comment.resolver';
import { IdeaFieldsResolver } from './graphql/resolvers/idea-fields.resolver';
import { IdeaViewerFieldsResolver } from './graphql/resolvers/idea-viewer.resolver';
import { IdeaResolver } from './graphql/resolvers/idea.resolver';
import { IdeaFeedbackKindModule, IdeaFeedbackTarget } from './feedback/idea-feedback';
import { ChallengeContentProviders } from './moderation/content-providers';
import { ChallengeSeedService } from './seed/challenge-seed.service';
import { ChallengeHealthChecks } from './sim-health/challenge-health-checks';
import { ChallengeRepository } from './repositories/challenge.repository';
import { IdeaRepository } from './repositories/idea.repository';
import { ChallengeAccessService } from './services/challenge-access.service';
import { ChallengeAudit } from './services/challenge-audit';
import { ChallengeService } from './services/challenge.service';
import { CommentService } from './services/comment.service';
import { IdeaService } from './services/idea.service';
import { ChallengesPersonalDataSource } from './personal-data/challenges-personal-data.source';

/**
 * Idea challenges (C2): challenges in a trajectory, ideas with comments, support and follow,
 * lists and similar ideas, the closing rule, the SIM health checks this data feeds, demo seed;
 * ideas join the feedback loop as an input kind (IdeaFeedbackTarget, IdeaFeedbackKindModule).
 */
@Module({
  imports: [
    TrajectoriesModule,
    InputsModule,
    ModerationModule,
    FeedbackModule,
    IdeaFeedbackKindModule,
  ],
  providers: [
    ChallengeRepository,
    IdeaRepository,
    ChallengeAccessService,
    ChallengeAudit,
    ChallengeService,
    IdeaService,
    CommentService,
    ChallengeResolver,
    ChallengeFieldsResolver,
    IdeaResolver,
    IdeaFieldsResolver,
    IdeaViewerFieldsResolver,
    ChallengesPersonalDataSource,
    CommentResolver,
    ChallengeContentProviders,
    IdeaFeedbackTarget,
    ChallengeHealthChecks,
    ChallengeSeedService,
  ],
  exports: [ChallengeAccessService, IdeaService, ChallengeService],
})
export class ChallengesModule {}
