import { Module } from '@nestjs/common';
import { AuditModule } from '@inspraak/server-audit';
import { InputsPersonalDataSource } from './personal-data/inputs-personal-data.source';
import { InputRepository } from './repositories/input.repository';
import { AnonymousAuthorService } from './services/anonymous-author.service';

/**
 * What every kind of employee input shares (ideas now; consultation responses, roasts and
 * survey themes later): the input row, comments, support, follow, the feedback state columns and
 * the anonymous author hash. Access decisions belong to the module owning the kind.
 */
@Module({
  // The personal data registry (C11) lives with the audit log.
  imports: [AuditModule],
  providers: [InputRepository, AnonymousAuthorService, InputsPersonalDataSource],
  exports: [InputRepository, AnonymousAuthorService],
})
export class InputsModule {}
