import { Module } from '@nestjs/common';
import { InputsModule } from '@inspraak/server-inputs';
import { ModerationModule } from '@inspraak/server-moderation';
import { TrajectoriesModule } from '@inspraak/server-trajectories';
import { ChallengeFieldsResolver } from './graphql/resolvers/challenge-fields.resolver';
import { ChallengeResolver } from './graphql/resolvers/challenge.resolver';
import { CommentResolver } from './graphql/resolvers/comment.resolver';
import { IdeaFieldsResolver } from './graphql/resolvers/idea-fields.resolver';
import { IdeaResolver } from './graphql/resolvers/idea.resolver';
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

/**
 * Idea challenges (C2): challenges in a trajectory, ideas with comments, support and follow,
 * lists and similar ideas, the closing rule, the SIM health checks this data feeds, demo seed.
 */
@Module({
  imports: [TrajectoriesModule, InputsModule, ModerationModule],
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
    CommentResolver,
    ChallengeContentProviders,
    ChallengeHealthChecks,
    ChallengeSeedService,
  ],
  exports: [ChallengeAccessService, IdeaService, ChallengeService],
})
export class ChallengesModule {}
