import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditPersonalDataSource } from './personal-data/audit-personal-data.source';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';
import { AuditResolver } from './graphql/audit.resolver';

/**
 * The audit log: any module records through AuditService; admins read it over GraphQL. Also the
 * registry of personal data (C11): modules that hold data about a person register a source.
 */
@Global()
@Module({
  providers: [
    AuditRepository,
    AuditService,
    AuditResolver,
    PersonalDataRegistry,
    AuditPersonalDataSource,
  ],
  exports: [AuditService, PersonalDataRegistry],
})
export class AuditModule {}
