import { Global, Module, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { AttachmentAccessRegistry } from './attachments/attachment-access.registry';
import { AttachmentService } from './attachments/attachment.service';
import { createObjectStorage } from './drivers/create-storage';
import { ObjectStorage } from './drivers/object-storage';
import { UploadsController } from './http/uploads.controller';
import { StorageCleanup } from './jobs/storage-cleanup.service';
import { StorageJobs } from './jobs/storage.jobs';

const storageProvider: Provider = {
  provide: ObjectStorage,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createObjectStorage(config),
};

/**
 * API side: the upload and download routes, and the attachment services other modules use
 * (AttachmentService to claim/list/release, AttachmentAccessRegistry to say who may see their
 * kind's attachments).
 */
@Global()
@Module({
  controllers: [UploadsController],
  providers: [storageProvider, AttachmentAccessRegistry, AttachmentService],
  exports: [ObjectStorage, AttachmentAccessRegistry, AttachmentService],
})
export class StorageModule {}

/** Worker side: the hourly cleanup of unclaimed and released uploads. */
@Module({
  providers: [storageProvider, StorageCleanup, StorageJobs],
  exports: [StorageCleanup],
})
export class StorageJobsModule {}
