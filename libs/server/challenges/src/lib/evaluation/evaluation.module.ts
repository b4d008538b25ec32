import { Module } from '@nestjs/common';
import { InputsModule } from '@inspraak/server-inputs';
import { TrajectoriesModule } from '@inspraak/server-trajectories';
import { ChallengeAccessService } from '../services/challenge-access.service';
import { EvaluationRepository } from './evaluation.repository';
import { EvaluationResolver } from './evaluation.resolver';
import { EvaluationService } from './evaluation.service';

/**
 * The jury's evaluation of challenges. ChallengesModule imports it; it keeps its own (stateless)
 * ChallengeAccessService so that the two modules do not import each other.
 */
@Module({
  imports: [TrajectoriesModule, InputsModule],
  providers: [ChallengeAccessService, EvaluationRepository, EvaluationService, EvaluationResolver],
  exports: [EvaluationService],
})
export class EvaluationModule {}
