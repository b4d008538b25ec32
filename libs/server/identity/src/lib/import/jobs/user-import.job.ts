import { Injectable } from '@nestjs/common';
import { JOBS, JobPayloads } from '@inspraak/contracts';
import { JobContext, ProcessJob } from '@inspraak/server-queue';
import { UserImportService } from '../user-import.service';

@Injectable()
export class UserImportJob {
  constructor(private readonly imports: UserImportService) {}

  /** Idempotent: a finished import is skipped; an interrupted one rolled back and runs again. */
  @ProcessJob('identity.user-import')
  async run(payload: JobPayloads['identity.user-import'], ctx: JobContext): Promise<void> {
    try {
      await this.imports.run(payload.importId);
    } catch (e) {
      if (ctx.attempt >= JOBS['identity.user-import'].attempts) {
        await this.imports.fail(payload.importId);
      }
      throw e;
    }
  }
}
