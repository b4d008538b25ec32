export { StorageModule, StorageJobsModule } from './lib/storage.module';
export { ObjectStorage, StoredObject } from './lib/drivers/object-storage';
export { DiskStorage } from './lib/drivers/disk-storage';
export { S3Storage, S3StorageOptions, S3StorageError } from './lib/drivers/s3-storage';
export { createObjectStorage, storageDirOf } from './lib/drivers/create-storage';
export {
  AttachmentService,
  AttachmentOwner,
  attachmentUrl,
  MAX_ATTACHMENTS_PER_CLAIM,
} from './lib/attachments/attachment.service';
export {
  AttachmentAccessRegistry,
  AttachmentCanView,
} from './lib/attachments/attachment-access.registry';
export { AttachmentObject, AttachmentView } from './lib/attachments/attachment.object';
export { AttachmentEntity, STORAGE_ENTITIES } from './lib/attachments/attachment.entity';
export {
  processImage,
  sniffImageType,
  ImageRejectedError,
  ImageType,
  ProcessedImage,
} from './lib/images/image-processor';
export { StorageCleanup, UNCLAIMED_TTL_HOURS } from './lib/jobs/storage-cleanup.service';
export { CSRF_HEADER } from './lib/http/uploads.controller';
