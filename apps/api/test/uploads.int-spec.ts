import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { JobQueue } from '@inspraak/server-queue';
import {
  AttachmentAccessRegistry,
  AttachmentService,
  ObjectStorage,
} from '@inspraak/server-storage';
import {
  gif,
  jpegWithGps,
  png,
  startTestS3,
  SVG,
  TestS3,
  webp,
} from '@inspraak/server-storage/testing';
import { MailTestApi, startMailTestApi } from './test-mail-api';
import { TestSession } from './test-session';

interface UploadBody {
  id?: string;
  url?: string;
  contentType?: string;
  width?: number;
  height?: number;
  bytes?: number;
  errors?: { message: string; extensions: { code: string; reason?: string } }[];
}

const CSRF = { 'apollo-require-preflight': 'true' };

function client(m: MailTestApi) {
  const url = m.api.url;
  return {
    async upload(
      s: TestSession | null,
      body: Buffer,
      type: string | null = 'image/jpeg',
      headers: Record<string, string> = CSRF,
    ): Promise<{ status: number; body: UploadBody }> {
      const res = await fetch(`${url}/api/uploads/images`, {
        method: 'POST',
        headers: {
          ...(type ? { 'content-type': type } : {}),
          ...(s ? { cookie: s.cookieHeader } : {}),
          ...headers,
        },
        body: new Uint8Array(body),
      });
      return { status: res.status, body: (await res.json()) as UploadBody };
    },
    async download(s: TestSession | null, idOrPath: string) {
      const res = await fetch(
        `${url}${idOrPath.startsWith('/') ? idOrPath : `/api/uploads/${idOrPath}`}`,
        {
          headers: s ? { cookie: s.cookieHeader } : {},
        },
      );
      return {
        status: res.status,
        headers: res.headers,
        data: Buffer.from(await res.arrayBuffer()),
      };
    },
  };
}

const signIn = (m: MailTestApi, who: string) =>
  new TestSession(m.api.url).signInOrFail(`${who}@voorbeeld.nl`, DEMO_PASSWORD);

async function userId(s: TestSession): Promise<string> {
  const { body } = await s.gql<{ me: { id: string } }>('{ me { id } }');
  return body.data!.me.id;
}

const count = async (ds: DataSource) =>
  (await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM attachment'))[0].n;

async function waitFor(check: () => Promise<boolean>, ms = 20000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('image uploads (disk storage)', () => {
  let m: MailTestApi;
  let dir: string;
  let ds: DataSource;
  let api: ReturnType<typeof client>;
  let employee: TestSession;
  let moderator: TestSession;
  let employeeId: string;
  /** Test owner kind: owners in `visible` are seen by signed-in viewers, `public` by anyone. */
  const visible = new Set<string>();
  const publicOwners = new Set<string>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inspraak-uploads-'));
    m = await startMailTestApi({
      smtp: false,
      env: {
        STORAGE_DIR: dir,
        UPLOAD_MAX_MB: '1',
        UPLOAD_IMAGE_MAX_EDGE: '256',
        UPLOAD_IMAGE_MAX_MEGAPIXELS: '1',
      },
    });
    ds = m.api.app.get(DataSource);
    api = client(m);
    employee = await signIn(m, 'employee');
    moderator = await signIn(m, 'moderator');
    employeeId = await userId(employee);
    m.api.app
      .get(AttachmentAccessRegistry)
      .register('testdoc', async (viewer, ownerId) =>
        publicOwners.has(ownerId) ? true : viewer !== null && visible.has(ownerId),
      );
  });
  afterAll(async () => {
    await m.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a JPEG without its EXIF (GPS) and serves it only to the uploader while unclaimed', async () => {
    const { status, body } = await api.upload(employee, await jpegWithGps(40, 20));
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: `/api/uploads/${body.id}`,
      description: null,
      contentType: 'image/jpeg',
      // EXIF orientation 6 applied to the pixels.
      width: 20,
      height: 40,
      bytes: expect.any(Number),
    });

    const got = await api.download(employee, body.url!);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('cache-control')).toMatch(/^private\b/);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe('inline');
    expect(got.data.length).toBe(body.bytes);
    const meta = await sharp(got.data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 20, 40]);
    expect(meta.exif).toBeUndefined();
    expect(got.data.includes(Buffer.from('Exif\0\0'))).toBe(false);
    expect(got.data.includes(Buffer.from('InspraakTestCam'))).toBe(false);

    // The file is in STORAGE_DIR under a random name. The row holds the uploader only as a
    // keyed hash: no column (nor the key or path) contains the user id.
    const [row] = await ds.query<Record<string, string>[]>(
      'SELECT * FROM attachment WHERE id = $1',
      [body.id],
    );
    const service = m.api.app.get(AttachmentService);
    expect(row.uploader_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.uploader_hash).toBe(service.uploaderHash(employeeId, body.id!));
    expect(JSON.stringify(row)).not.toContain(employeeId);
    expect(row.storage_key).toMatch(/^images\/[0-9a-f-]{36}\.jpg$/);
    expect(row.storage_key).not.toContain(body.id);
    expect(existsSync(join(dir, row.storage_key))).toBe(true);

    // Anyone else: the same 404 as an unknown or malformed id.
    const unknown = await api.download(employee, randomUUID());
    expect(unknown.status).toBe(404);
    for (const other of [
      await api.download(moderator, body.id!),
      await api.download(null, body.id!),
      await api.download(employee, 'not-a-uuid'),
    ]) {
      expect(other.status).toBe(404);
      expect(other.data.toString()).toBe(unknown.data.toString());
    }
    expect(JSON.parse(unknown.data.toString())).toEqual({
      errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('accepts PNG and WebP by content, scales them down to the edge limit', async () => {
    const p = await api.upload(employee, await png(600, 300), 'image/png');
    expect(p.status).toBe(201);
    expect([p.body.contentType, p.body.width, p.body.height]).toEqual(['image/png', 256, 128]);
    const w = await api.upload(employee, await webp(20, 10), 'image/webp');
    expect([w.status, w.body.contentType]).toEqual([201, 'image/webp']);
    // A client that does not know the type sends octet-stream: the bytes decide.
    const o = await api.upload(employee, await png(10, 10), 'application/octet-stream');
    expect([o.status, o.body.contentType]).toEqual([201, 'image/png']);
    const served = await api.download(employee, o.body.id!);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect((await sharp(served.data).metadata()).format).toBe('png');
  });

  it('refuses other types, renamed files, damage, size and pixel bombs with typed errors', async () => {
    const before = await count(ds);
    const cases: [Buffer, string, number, string][] = [
      [SVG, 'image/svg+xml', 415, 'UNSUPPORTED_TYPE'],
      // An SVG claiming to be a PNG: the bytes say otherwise.
      [SVG, 'image/png', 415, 'UNSUPPORTED_TYPE'],
      [await gif(), 'image/gif', 415, 'UNSUPPORTED_TYPE'],
      [Buffer.from('%PDF-1.7 ...'), 'application/octet-stream', 415, 'UNSUPPORTED_TYPE'],
      [Buffer.from('{"a":1}'), 'application/json', 415, 'UNSUPPORTED_TYPE'],
      [await png(), 'constructor', 415, 'UNSUPPORTED_TYPE'],
      // A PNG renamed to .jpg: the browser claims image/jpeg.
      [await png(), 'image/jpeg', 415, 'TYPE_MISMATCH'],
      [(await jpegWithGps(64, 64)).subarray(0, 300), 'image/jpeg', 400, 'CORRUPT_IMAGE'],
      [Buffer.alloc(0), 'image/png', 400, 'EMPTY_FILE'],
      // 1.1 million pixels with UPLOAD_IMAGE_MAX_MEGAPIXELS=1.
      [await png(1100, 1000), 'image/png', 413, 'TOO_MANY_PIXELS'],
      // UPLOAD_MAX_MB=1.
      [Buffer.concat([await png(), Buffer.alloc(1024 * 1024 + 10)]), 'image/png', 413, 'TOO_LARGE'],
    ];
    for (const [data, type, status, reason] of cases) {
      const r = await api.upload(employee, data, type);
      expect([type, r.status, r.body.errors?.[0]?.extensions]).toEqual([
        type,
        status,
        { code: 'BAD_USER_INPUT', reason },
      ]);
      expect(typeof r.body.errors![0].message).toBe('string');
    }
    expect(await count(ds)).toBe(before);
  });

  it('refuses signed-out uploads and requests a cross-site form could send (CSRF)', async () => {
    const before = await count(ds);
    const jpeg = await jpegWithGps();
    const out = await api.upload(null, jpeg);
    expect(out.status).toBe(401);
    expect(out.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    // No custom header: a plain cross-site fetch could send this.
    const noHeader = await api.upload(employee, jpeg, 'image/jpeg', {});
    expect([noHeader.status, noHeader.body.errors![0].extensions.reason]).toEqual([
      400,
      'CSRF_PREVENTION',
    ]);
    // Form-encodable content types are refused even with the header.
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const r = await api.upload(employee, jpeg, type);
      expect([type, r.status, r.body.errors![0].extensions.reason]).toEqual([
        type,
        400,
        'CSRF_PREVENTION',
      ]);
    }
    const noType = await api.upload(employee, jpeg, null);
    expect(noType.status).toBe(400);
    expect(await count(ds)).toBe(before);
  });

  it('serves claimed attachments to whom the owner kind allows; claim errors roll back', async () => {
    const service = m.api.app.get(AttachmentService);
    const a = (await api.upload(employee, await png(12, 12), 'image/png')).body.id!;
    const b = (await api.upload(employee, await webp(), 'image/webp')).body.id!;
    const theirs = (await api.upload(moderator, await png(), 'image/png')).body.id!;
    const owner = { kind: 'testdoc', id: randomUUID() };

    // Someone else's upload, an unknown or a malformed id: the whole claim fails.
    for (const ids of [
      [a, theirs],
      [a, randomUUID()],
      [a, 'nope'],
    ]) {
      const e = await ds
        .transaction((tx) => service.claim(tx, ids, owner, employeeId, { anonymous: false }))
        .catch((err: unknown) => err);
      expect(e).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.attachmentIds', code: 'UNKNOWN_ATTACHMENT' }],
      });
    }
    const [stillUnclaimed] = await ds.query<{ owner_id: string | null }[]>(
      'SELECT owner_id FROM attachment WHERE id = $1',
      [a],
    );
    expect(stillUnclaimed.owner_id).toBeNull();

    await ds.transaction((tx) =>
      service.claim(tx, [a, b], owner, employeeId, { anonymous: false }),
    );
    // Resending the same ids (an edit) is fine.
    await ds.transaction((tx) =>
      service.claim(tx, [b, a], owner, employeeId, { anonymous: false }),
    );
    const list = await service.listForOwners('testdoc', [owner.id, randomUUID()]);
    expect([...list.keys()]).toEqual([owner.id]);
    expect(
      list
        .get(owner.id)!
        .map((v) => v.id)
        .sort(),
    ).toEqual([a, b].sort());
    expect(list.get(owner.id)![0]).toMatchObject({
      url: expect.stringMatching(/^\/api\/uploads\//),
      width: expect.any(Number),
    });
    // A named claim keeps the uploader hash.
    const rows = await ds.query<{ uploader_hash: string }[]>(
      'SELECT uploader_hash FROM attachment WHERE id = $1',
      [a],
    );
    expect(rows[0].uploader_hash).toBe(service.uploaderHash(employeeId, a));

    // The owner kind says no: 404 for everyone, the uploader included.
    for (const s of [employee, moderator, null])
      expect((await api.download(s, a)).status).toBe(404);
    visible.add(owner.id);
    expect((await api.download(moderator, a)).status).toBe(200);
    expect((await api.download(employee, b)).status).toBe(200);
    expect((await api.download(null, a)).status).toBe(404);
    publicOwners.add(owner.id);
    expect((await api.download(null, a)).status).toBe(200);

    // Claimed elsewhere: cannot be claimed again by another owner.
    const e = await ds
      .transaction((tx) =>
        service.claim(tx, [a], { kind: 'testdoc', id: randomUUID() }, employeeId, {
          anonymous: false,
        }),
      )
      .catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT' });

    // An owner kind nobody registered: served to nobody.
    const c = (await api.upload(employee, await png(), 'image/png')).body.id!;
    await ds.transaction((tx) =>
      service.claim(tx, [c], { kind: 'unregistered', id: randomUUID() }, employeeId, {
        anonymous: false,
      }),
    );
    expect((await api.download(employee, c)).status).toBe(404);
  });

  it('an anonymous claim clears the uploader: the row no longer says who uploaded it', async () => {
    const service = m.api.app.get(AttachmentService);
    const id = (await api.upload(employee, await jpegWithGps(), 'image/jpeg')).body.id!;
    const owner = { kind: 'testdoc', id: randomUUID() };
    visible.add(owner.id);
    await ds.transaction((tx) => service.claim(tx, [id], owner, employeeId, { anonymous: true }));
    const [row] = await ds.query<Record<string, unknown>[]>(
      'SELECT * FROM attachment WHERE id = $1',
      [id],
    );
    expect(row.uploader_hash).toBeNull();
    expect(row.owner_id).toBe(owner.id);
    expect(JSON.stringify(row)).not.toContain(employeeId);
    // Still served by the owner kind's rule; an edit resending the id still works.
    expect((await api.download(moderator, id)).status).toBe(200);
    await ds.transaction((tx) => service.claim(tx, [id], owner, employeeId, { anonymous: true }));
  });

  it('keeps text alternatives for attached images only; blank clears, unnamed keep theirs', async () => {
    const service = m.api.app.get(AttachmentService);
    const a = (await api.upload(employee, await png(), 'image/png')).body.id!;
    const b = (await api.upload(employee, await png(), 'image/png')).body.id!;
    const loose = (await api.upload(employee, await png(), 'image/png')).body.id!;
    const owner = { kind: 'testdoc', id: randomUUID() };
    await ds.transaction(async (tx) => {
      await service.claim(tx, [a, b], owner, employeeId, { anonymous: false });
      await service.describe(tx, owner, [
        { attachmentId: a, description: '  Een  fietsstraat\nmet bomen ' },
        { attachmentId: b, description: 'Kaart van de wijk' },
      ]);
    });
    const described = async () =>
      Object.fromEntries(
        (await service.listForOwners('testdoc', [owner.id]))
          .get(owner.id)!
          .map((v) => [v.id, v.description]),
      );
    expect(await described()).toEqual({
      [a]: 'Een fietsstraat met bomen',
      [b]: 'Kaart van de wijk',
    });

    // Only b named, blank: b cleared, a keeps its text.
    await ds.transaction((tx) =>
      service.describe(tx, owner, [{ attachmentId: b, description: ' ' }]),
    );
    expect(await described()).toEqual({ [a]: 'Een fietsstraat met bomen', [b]: null });

    // An upload not attached to this owner, an unknown id, a malformed id or the same id twice:
    // refused as a whole, nothing changes.
    for (const list of [
      [{ attachmentId: loose, description: 'x' }],
      [{ attachmentId: randomUUID(), description: 'x' }],
      [{ attachmentId: 'nope', description: 'x' }],
      [
        { attachmentId: a, description: 'x' },
        { attachmentId: a, description: 'y' },
      ],
    ]) {
      const e = await ds
        .transaction((tx) => service.describe(tx, owner, list))
        .catch((err: unknown) => err);
      expect(e).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.imageDescriptions', code: 'NOT_ATTACHED' }],
      });
    }
    expect(await described()).toEqual({ [a]: 'Een fietsstraat met bomen', [b]: null });
  });

  it('release and the cleanup job delete dropped and stale uploads, file and row, idempotently', async () => {
    const service = m.api.app.get(AttachmentService);
    const storage = m.api.app.get(ObjectStorage);
    const up = async () => (await api.upload(employee, await png(), 'image/png')).body.id!;
    const [kept, dropped, stale, fresh, claimedOld] = [
      await up(),
      await up(),
      await up(),
      await up(),
      await up(),
    ];
    const owner = { kind: 'testdoc', id: randomUUID() };
    visible.add(owner.id);
    await ds.transaction((tx) =>
      service.claim(tx, [kept, dropped, claimedOld], owner, employeeId, { anonymous: false }),
    );
    await ds.transaction((tx) => service.releaseForOwner(tx, owner, [kept, claimedOld]));
    // Released: no longer listed or served, not even to its uploader.
    expect(
      (await service.listForOwners('testdoc', [owner.id]))
        .get(owner.id)!
        .map((v) => v.id)
        .sort(),
    ).toEqual([kept, claimedOld].sort());
    expect((await api.download(employee, dropped)).status).toBe(404);

    await ds.query(
      `UPDATE attachment SET created_at = now() - interval '25 hours' WHERE id = ANY($1)`,
      [[stale, claimedOld]],
    );
    const keyOf = async (id: string) =>
      (
        await ds.query<{ storage_key: string }[]>(
          'SELECT storage_key FROM attachment WHERE id = $1',
          [id],
        )
      )[0]?.storage_key;
    const keys = { dropped: await keyOf(dropped), stale: await keyOf(stale) };

    await m.api.app
      .get(JobQueue)
      .add('storage.cleanup', {}, { jobId: `storage-cleanup-${randomUUID()}` });
    const exists = async (id: string) => (await keyOf(id)) !== undefined;
    expect(await waitFor(async () => !(await exists(dropped)) && !(await exists(stale)))).toBe(
      true,
    );
    expect(await storage.exists(keys.dropped)).toBe(false);
    expect(await storage.exists(keys.stale)).toBe(false);
    for (const id of [kept, fresh, claimedOld]) expect(await exists(id)).toBe(true);
    expect((await api.download(employee, fresh)).status).toBe(200);
    expect((await api.download(employee, kept)).status).toBe(200);

    // Idempotent: a second run finds nothing more to do.
    const before = await count(ds);
    await m.api.app
      .get(JobQueue)
      .add('storage.cleanup', {}, { jobId: `storage-cleanup-${randomUUID()}` });
    await new Promise((r) => setTimeout(r, 500));
    expect(await count(ds)).toBe(before);
    const files = await readdir(join(dir, 'images'));
    expect(files).not.toContain(keys.stale.split('/')[1]);
  });
});

describe('image uploads (S3-compatible storage)', () => {
  let m: MailTestApi;
  let s3: TestS3;

  beforeAll(async () => {
    s3 = await startTestS3('inspraak-uploads');
    m = await startMailTestApi({ smtp: false, env: s3.env });
  });
  let s3Closed = false;
  afterAll(async () => {
    await m.close();
    if (!s3Closed) await s3.close();
  });

  it('uploads to the bucket, serves from it and the cleanup deletes the object', async () => {
    const api = client(m);
    const ds = m.api.app.get(DataSource);
    const storage = m.api.app.get(ObjectStorage);
    expect(storage.driver).toBe('s3');
    const employee = await signIn(m, 'employee');
    const { status, body } = await api.upload(employee, await jpegWithGps(30, 10));
    expect(status).toBe(201);
    const [row] = await ds.query<{ storage_key: string }[]>(
      'SELECT storage_key FROM attachment WHERE id = $1',
      [body.id],
    );
    // Straight from the S3 server, without the app: the object is there and carries no EXIF.
    const direct = await fetch(`${s3.endpoint}/${s3.bucket}/${row.storage_key}`);
    expect(direct.status).toBe(200);
    expect((await sharp(Buffer.from(await direct.arrayBuffer())).metadata()).exif).toBeUndefined();

    const got = await api.download(employee, body.id!);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.data.length).toBe(body.bytes);
    expect([(await sharp(got.data).metadata()).width]).toEqual([10]);

    await ds.query(`UPDATE attachment SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      body.id,
    ]);
    await m.api.app
      .get(JobQueue)
      .add('storage.cleanup', {}, { jobId: `storage-cleanup-${randomUUID()}` });
    expect(
      await waitFor(
        async () =>
          (await ds.query('SELECT 1 FROM attachment WHERE id = $1', [body.id])).length === 0,
      ),
    ).toBe(true);
    expect(await storage.exists(row.storage_key)).toBe(false);
  });

  it('answers a typed 503 while the storage is unreachable', async () => {
    const api = client(m);
    const employee = await signIn(m, 'employee');
    const { body } = await api.upload(employee, await png(), 'image/png');
    await s3.close();
    s3Closed = true;
    const up = await api.upload(employee, await png(), 'image/png');
    expect([up.status, up.body.errors?.[0]?.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    const down = await api.download(employee, body.id!);
    expect(down.status).toBe(503);
    expect(JSON.parse(down.data.toString()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
