import { Module } from '@nestjs/common';
import { InputRepository } from './repositories/input.repository';
import { AnonymousAuthorService } from './services/anonymous-author.service';

/**
 * What every kind of employee input shares (ideas now; consultation responses, roasts and
 * survey themes later): the input row, comments, support, follow, the feedback state columns and
 * the anonymous author hash. Access decisions belong to the module owning the kind.
 */
@Module({
  providers: [InputRepository, AnonymousAuthorService],
  exports: [InputRepository, AnonymousAuthorService],
})
export class InputsModule {}
