import { Module } from '@nestjs/common';
import { ModerationResolver } from './graphql/moderation.resolver';
import { ModerationRegistry } from './moderation.registry';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { ModerationPersonalDataSource } from './personal-data/moderation-personal-data.source';

/**
 * Moderation of any content kind (C2): reports, auto-hide, the moderator queue, hide/restore and
 * dismissal. Content modules import this module and register a ModeratedContentProvider in
 * ModerationRegistry from their `onModuleInit`.
 */
@Module({
  providers: [
    ModerationRegistry,
    ModerationRepository,
    ModerationService,
    ModerationResolver,
    ModerationPersonalDataSource,
  ],
  exports: [ModerationRegistry],
})
export class ModerationModule {}
