import { Module } from '@nestjs/common';
import { AuditModule } from '@inspraak/server-audit';
import { UserImportResolver } from './graphql/user-import.resolver';
import { UserImportJob } from './jobs/user-import.job';
import { UserImportRepository } from './user-import.repository';
import { UserImportService } from './user-import.service';

/** API side of CSV imports and the users export. */
@Module({ providers: [UserImportRepository, UserImportService, UserImportResolver] })
export class ImportModule {}

/** Worker side: runs the import jobs (the worker has no audit module of its own). */
@Module({
  imports: [AuditModule],
  providers: [UserImportRepository, UserImportService, UserImportJob],
})
export class ImportJobsModule {}
