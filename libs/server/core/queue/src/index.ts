export * from './lib/job-queue';
export * from './lib/process-job.decorator';
export * from './lib/job-registry';
export * from './lib/queue.module';
export { QUEUE_ENTITIES } from './lib/in-process/queue-job.entity';
export { BullmqJobQueue } from './lib/bullmq/bullmq-job-queue';
