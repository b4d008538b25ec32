import { join } from 'node:path';
import type { AppConfig } from '@inspraak/server-config';
import { DiskStorage } from './disk-storage';
import { ObjectStorage } from './object-storage';
import { S3Storage } from './s3-storage';

/** The folder uploads go to without S3: STORAGE_DIR, or DATA_DIR/uploads. */
export function storageDirOf(config: AppConfig): string {
  return config.storageDir ?? join(config.dataDir, 'uploads');
}

/** S3 when a bucket is configured (loadConfig checks the keys are there), otherwise a folder. */
export function createObjectStorage(config: AppConfig): ObjectStorage {
  if (config.storageS3Bucket) {
    return new S3Storage({
      bucket: config.storageS3Bucket,
      ...(config.storageS3Endpoint ? { endpoint: config.storageS3Endpoint } : {}),
      region: config.storageS3Region,
      accessKeyId: config.storageS3AccessKeyId ?? '',
      secretAccessKey: config.storageS3SecretAccessKey ?? '',
      forcePathStyle: config.storageS3ForcePathStyle,
    });
  }
  return new DiskStorage(storageDirOf(config));
}
