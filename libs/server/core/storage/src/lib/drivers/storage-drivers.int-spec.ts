import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { startTestS3, TestS3 } from '../../testing';
import { DiskStorage } from './disk-storage';
import { ObjectStorage } from './object-storage';
import { S3Storage, S3StorageError } from './s3-storage';

/** The same contract for both drivers: the S3 one against a real S3-compatible server. */
function contract(name: string, make: () => ObjectStorage) {
  describe(`${name} storage`, () => {
    it('puts, reads back as a stream, tells existence and deletes idempotently', async () => {
      const storage = make();
      const key = `images/${Date.now()}-a.jpg`;
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, Buffer.from('hello image'), 'image/jpeg');
      expect(await storage.exists(key)).toBe(true);
      const got = await storage.get(key);
      expect(got?.bytes).toBe(11);
      expect(await text(got!.stream)).toBe('hello image');
      await storage.put(key, Buffer.from('replaced'), 'image/jpeg');
      expect(await text((await storage.get(key))!.stream)).toBe('replaced');
      await storage.delete(key);
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
    });

    it('refuses keys that could escape the folder or bucket', async () => {
      const storage = make();
      for (const key of ['../etc/passwd', '/abs.jpg', 'images/../x.jpg', 'Images/A.JPG', '']) {
        await expect(storage.put(key, Buffer.from('x'), 'image/jpeg')).rejects.toThrow(
          /Invalid storage key/,
        );
      }
    });
  });
}

let dir: string;
let s3: TestS3;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inspraak-disk-'));
  s3 = await startTestS3();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await s3.close();
});

contract('disk', () => new DiskStorage(dir));
contract(
  'S3',
  () =>
    new S3Storage({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: 'us-east-1',
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      forcePathStyle: true,
    }),
);

describe('disk storage files', () => {
  it('leaves no temporary files behind', async () => {
    const storage = new DiskStorage(dir);
    await storage.put('images/tmpcheck.png', Buffer.from('x'), 'image/png');
    expect(await readdir(join(dir, 'images'))).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });
});

describe('S3 request signing', () => {
  it('is refused with the wrong secret (the test server checks AWS Signature V4)', async () => {
    const wrong = new S3Storage({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: 'us-east-1',
      accessKeyId: s3.accessKeyId,
      secretAccessKey: 'not-the-secret',
      forcePathStyle: true,
    });
    await expect(wrong.put('images/x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toBeInstanceOf(
      S3StorageError,
    );
    await expect(wrong.get('images/x.jpg')).rejects.toBeInstanceOf(S3StorageError);
  });

  it('sends an AWS Signature V4 Authorization header the server checks the key id of', async () => {
    const wrong = new S3Storage({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: 'us-east-1',
      accessKeyId: 'UNKNOWN-KEY',
      secretAccessKey: s3.secretAccessKey,
      forcePathStyle: true,
    });
    await expect(wrong.put('images/x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toBeInstanceOf(
      S3StorageError,
    );
  });
});
