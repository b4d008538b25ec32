export { ChallengesModule } from './lib/challenges.module';
export {
  CHALLENGE_ENTITIES,
  ChallengeCriterionEntity,
  ChallengeEntity,
  ChallengeOrgUnitEntity,
  IdeaEntity,
} from './lib/entities/challenge.entity';
// The closed demo challenge the jury-evaluation seed scores (found by its title).
export { DEMO_CLOSED_CHALLENGE_TITLE } from './lib/seed/demo-challenges';
// The jury's evaluation (helper D's folder): its module and tables.
export { EvaluationModule, EVALUATION_ENTITIES } from './lib/evaluation';
// Idea reads (the plan test at full scale and the evaluation read them too).
export {
  IDEA_LIST_SELECT,
  IdeaRepository,
  type IdeaRecord,
} from './lib/repositories/idea.repository';
export { toTsquery } from './lib/services/idea.service';
export {
  CHALLENGE_ACCESS_SQL,
  ChallengeAccessService,
  type ChallengeAccess,
} from './lib/services/challenge-access.service';
// Ideas as a feedback-loop input kind, for the worker (notification recipients and texts).
export { IDEA_FEEDBACK_KIND, IdeaFeedbackKindModule } from './lib/feedback/idea-feedback';
