export { ModerationModule } from './lib/moderation.module';
export { MODERATION_ENTITIES } from './lib/entities/moderation.entities';
export {
  ModerationRegistry,
  type ModeratedContentProvider,
  type ModeratedContentSummary,
} from './lib/moderation.registry';
