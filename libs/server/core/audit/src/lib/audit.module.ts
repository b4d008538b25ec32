import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditResolver } from './graphql/audit.resolver';

/** The audit log: any module records through AuditService; admins read it over GraphQL. */
@Global()
@Module({
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
