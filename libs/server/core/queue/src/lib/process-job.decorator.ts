import { SetMetadata } from '@nestjs/common';
import { JobName } from '@inspraak/contracts';

export const PROCESS_JOB = 'inspraak:process-job';

/** Marks a provider method as the handler of one job; the worker refuses to start without exactly one per job. */
export const ProcessJob = (name: JobName) => SetMetadata(PROCESS_JOB, name);
