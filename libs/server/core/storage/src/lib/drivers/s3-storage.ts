import { AwsClient } from 'aws4fetch';
import { Readable } from 'node:stream';
import { assertValidKey, ObjectStorage, StoredObject } from './object-storage';

export interface S3StorageOptions {
  bucket: string;
  /** Unset: AWS for the region. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** ENDPOINT/BUCKET/key instead of BUCKET.ENDPOINT/key. */
  forcePathStyle: boolean;
}

export class S3StorageError extends Error {
  constructor(operation: string, status: number) {
    super(`S3 ${operation} failed with HTTP ${status}`);
    this.name = 'S3StorageError';
  }
}

/**
 * Objects in an S3-compatible bucket, through signed (AWS Signature V4) plain HTTP requests.
 * aws4fetch (a few kB, no dependencies, Node's own fetch and WebCrypto) signs them; the full AWS
 * SDK would add hundreds of files for the four calls we make.
 */
export class S3Storage extends ObjectStorage {
  readonly driver = 's3' as const;
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(options: S3StorageOptions) {
    super();
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      region: options.region,
      service: 's3',
      retries: 3,
    });
    const endpoint = new URL(options.endpoint ?? `https://s3.${options.region}.amazonaws.com`);
    const path = endpoint.pathname.replace(/\/+$/, '');
    this.base = options.forcePathStyle
      ? `${endpoint.protocol}//${endpoint.host}${path}/${options.bucket}`
      : `${endpoint.protocol}//${options.bucket}.${endpoint.host}${path}`;
  }

  /** The object's URL (path-style or virtual-hosted). */
  urlOf(key: string): string {
    assertValidKey(key);
    return `${this.base}/${key.split('/').map(encodeURIComponent).join('/')}`;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const res = await this.client.fetch(this.urlOf(key), {
      method: 'PUT',
      body: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      headers: { 'content-type': contentType },
    });
    await discard(res);
    if (!res.ok) throw new S3StorageError('PUT', res.status);
  }

  async get(key: string): Promise<StoredObject | null> {
    const res = await this.client.fetch(this.urlOf(key), { method: 'GET' });
    if (res.status === 404) {
      await discard(res);
      return null;
    }
    if (!res.ok || !res.body) {
      await discard(res);
      throw new S3StorageError('GET', res.status);
    }
    const length = Number(res.headers.get('content-length'));
    return {
      stream: Readable.fromWeb(res.body),
      bytes: Number.isFinite(length) && length >= 0 ? length : null,
    };
  }

  async delete(key: string): Promise<void> {
    const res = await this.client.fetch(this.urlOf(key), { method: 'DELETE' });
    await discard(res);
    // S3 answers 204 whether or not the object existed; some servers answer 404.
    if (!res.ok && res.status !== 404) throw new S3StorageError('DELETE', res.status);
  }

  async exists(key: string): Promise<boolean> {
    const res = await this.client.fetch(this.urlOf(key), { method: 'HEAD' });
    await discard(res);
    if (res.status === 404) return false;
    if (!res.ok) throw new S3StorageError('HEAD', res.status);
    return true;
  }
}

/** Reads and drops a response body so the connection goes back to the pool. */
async function discard(res: Response): Promise<void> {
  try {
    await res.arrayBuffer();
  } catch {
    // The body was already gone; nothing to free.
  }
}
