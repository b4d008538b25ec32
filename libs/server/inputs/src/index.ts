export { InputsModule } from './lib/inputs.module';
export {
  INPUT_ENTITIES,
  InputCommentEntity,
  InputEntity,
  InputFollowEntity,
  InputSupportEntity,
  type FeedbackLinkValue,
} from './lib/entities/input.entity';
export {
  InputRepository,
  type NewInput,
  type ToggleResult,
} from './lib/repositories/input.repository';
export { AnonymousAuthorService } from './lib/services/anonymous-author.service';
export {
  ANONYMOUS_NAME,
  CommentConnection,
  CommentObject,
  CommentViewerObject,
  InputAuthorObject,
} from './lib/graphql/objects';
