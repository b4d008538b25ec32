export { EvaluationModule } from './evaluation.module';
export { EVALUATION_ENTITIES } from './evaluation.entities';
export { EvaluationService } from './evaluation.service';
