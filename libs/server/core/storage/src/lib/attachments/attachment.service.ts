import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Principal } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { ValidationError } from '@inspraak/server-errors';
import { ObjectStorage } from '../drivers/object-storage';
import type { ProcessedImage } from '../images/image-processor';
import { AttachmentAccessRegistry, assertValidOwnerKind } from './attachment-access.registry';
import { AttachmentEntity } from './attachment.entity';
import type { AttachmentView } from './attachment.object';

export interface AttachmentOwner {
  kind: string;
  id: string;
}

/** Path the API serves an attachment at (same origin as the web app). */
export const attachmentUrl = (id: string) => `/api/uploads/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** Most attachments one claim may name (the owner kind may allow fewer). */
export const MAX_ATTACHMENTS_PER_CLAIM = 20;

const FIELD = 'input.attachmentIds';

/** Only outside production, when APP_SECRET is not set (tests, `npm run dev` without a secret). */
const DEVELOPMENT_SECRET = 'inspraak-development-secret-not-for-production-use';

export function toAttachmentView(e: AttachmentEntity): AttachmentView {
  return {
    id: e.id,
    url: attachmentUrl(e.id),
    contentType: e.contentType,
    width: e.width,
    height: e.height,
    bytes: e.bytes,
    description: e.description ?? null,
  };
}

/**
 * Attachments from upload to owner. The upload route stores a file and an unclaimed row; the
 * owner's service claims it in the transaction that saves the owner, lists attachments for its
 * resolvers, and releases the ones an edit dropped. Released and unclaimed rows are deleted with
 * their files by the `storage.cleanup` job (never inside the caller's transaction, which could
 * still roll back).
 */
@Injectable()
export class AttachmentService {
  private readonly logger = new Logger('Attachments');
  private readonly uploaderKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly access: AttachmentAccessRegistry,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (!config.appSecret) {
      this.logger.warn('APP_SECRET is not set: uploader hashes use a development key');
    }
    this.uploaderKey = createHmac('sha256', config.appSecret ?? DEVELOPMENT_SECRET)
      .update('inspraak:attachment-uploader:v1')
      .digest();
  }

  /** What the row stores instead of the uploader's id. */
  uploaderHash(userId: string, attachmentId: string): string {
    return createHmac('sha256', this.uploaderKey)
      .update(`attachment-uploader:${userId}:${attachmentId}`)
      .digest('hex');
  }

  private isUploader(row: AttachmentEntity, userId: string): boolean {
    return row.uploaderHash !== null && row.uploaderHash === this.uploaderHash(userId, row.id);
  }

  /**
   * Attaches uploaded, unclaimed attachments of `uploaderUserId` to an owner; clears the
   * uploader (hash) when anonymous. Ids already attached to this owner are accepted as they are (an
   * edit resends the full list). Any other id (unknown, someone else's upload, attached
   * elsewhere, expired) fails the whole claim with a BAD_USER_INPUT field error on
   * `input.attachmentIds`, which rolls back the caller's transaction.
   */
  async claim(
    manager: EntityManager,
    ids: readonly string[],
    owner: AttachmentOwner,
    uploaderUserId: string,
    opts: { anonymous: boolean },
  ): Promise<void> {
    assertValidOwnerKind(owner.kind);
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    if (unique.length > MAX_ATTACHMENTS_PER_CLAIM) {
      throw new ValidationError([
        {
          field: FIELD,
          code: 'TOO_MANY',
          message: `At most ${MAX_ATTACHMENTS_PER_CLAIM} attachments.`,
        },
      ]);
    }
    if (!unique.every(isUuid)) throw unknownAttachment();
    const rows = await manager.find(AttachmentEntity, {
      where: { id: In(unique) },
      lock: { mode: 'pessimistic_write' },
    });
    const toClaim: string[] = [];
    for (const row of rows) {
      if (row.ownerKind === owner.kind && row.ownerId === owner.id) continue;
      if (row.ownerId === null && this.isUploader(row, uploaderUserId)) toClaim.push(row.id);
      else throw unknownAttachment();
    }
    if (rows.length !== unique.length) throw unknownAttachment();
    if (toClaim.length === 0) return;
    await manager.update(
      AttachmentEntity,
      { id: In(toClaim), ownerId: IsNull() },
      {
        ownerKind: owner.kind,
        ownerId: owner.id,
        ...(opts.anonymous ? { uploaderHash: null } : {}),
      },
    );
  }

  /**
   * Sets the text alternatives of attachments of one owner (call after `claim`). A blank text
   * clears it; attachments not named keep theirs. An id that is not attached to this owner fails
   * with a BAD_USER_INPUT field error on `field`.
   */
  async describe(
    manager: EntityManager,
    owner: AttachmentOwner,
    descriptions: readonly { attachmentId: string; description: string }[],
    field = 'input.imageDescriptions',
  ): Promise<void> {
    assertValidOwnerKind(owner.kind);
    if (descriptions.length === 0) return;
    const ids = [...new Set(descriptions.map((d) => d.attachmentId))];
    const notAttached = () =>
      new ValidationError([
        {
          field,
          code: 'NOT_ATTACHED',
          message: 'A described image is not one of the attached images.',
        },
      ]);
    if (ids.length !== descriptions.length || !ids.every(isUuid)) throw notAttached();
    const owned = await manager.count(AttachmentEntity, {
      where: { id: In(ids), ownerKind: owner.kind, ownerId: owner.id },
    });
    if (owned !== ids.length) throw notAttached();
    for (const d of descriptions) {
      const text = d.description.replace(/\s+/g, ' ').trim();
      await manager.update(AttachmentEntity, { id: d.attachmentId }, { description: text || null });
    }
  }

  /** Attachments of each owner, oldest first; owners without any are absent from the map. */
  async listForOwners(
    kind: string,
    ownerIds: readonly string[],
  ): Promise<Map<string, AttachmentView[]>> {
    const result = new Map<string, AttachmentView[]>();
    const ids = [...new Set(ownerIds)].filter(isUuid);
    if (ids.length === 0) return result;
    const rows = await this.dataSource.manager.find(AttachmentEntity, {
      where: { ownerKind: kind, ownerId: In(ids) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const row of rows) {
      const list = result.get(row.ownerId!) ?? [];
      list.push(toAttachmentView(row));
      result.set(row.ownerId!, list);
    }
    return result;
  }

  /**
   * Detaches every attachment of the owner not in `keepIds` (pass [] when the owner is deleted).
   * They stop being served at once (no owner, no uploader) and the next `storage.cleanup` run
   * deletes them with their files.
   */
  async releaseForOwner(
    manager: EntityManager,
    owner: AttachmentOwner,
    keepIds: readonly string[],
  ): Promise<void> {
    assertValidOwnerKind(owner.kind);
    const keep = [...new Set(keepIds)].filter(isUuid);
    const qb = manager
      .createQueryBuilder()
      .update(AttachmentEntity)
      .set({ ownerKind: null, ownerId: null, uploaderHash: null })
      .where('owner_kind = :kind AND owner_id = :id', { kind: owner.kind, id: owner.id });
    if (keep.length) qb.andWhere('id NOT IN (:...keep)', { keep });
    await qb.execute();
  }

  // ---- used by the upload route

  /** Stores a processed upload and its unclaimed row. */
  async createUpload(uploaderUserId: string, image: ProcessedImage): Promise<AttachmentView> {
    const id = randomUUID();
    const key = `images/${randomUUID()}.${image.extension}`;
    await this.storage.put(key, image.data, image.contentType);
    try {
      const row = this.dataSource.manager.create(AttachmentEntity, {
        id,
        storageKey: key,
        contentType: image.contentType,
        width: image.width,
        height: image.height,
        bytes: image.data.length,
        uploaderHash: this.uploaderHash(uploaderUserId, id),
        ownerKind: null,
        ownerId: null,
      });
      const saved = await this.dataSource.manager.save(row);
      return toAttachmentView(saved);
    } catch (e) {
      await this.storage.delete(key).catch(() => undefined);
      throw e;
    }
  }

  /**
   * The attachment if this viewer may see it, otherwise null (unknown and refused look the
   * same). Unclaimed: only its uploader. Claimed: the owner kind's registered check.
   */
  async findVisible(id: string, viewer: Principal | null): Promise<AttachmentEntity | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource.manager.findOne(AttachmentEntity, { where: { id } });
    if (!row) return null;
    if (row.ownerId === null || row.ownerKind === null) {
      return viewer && this.isUploader(row, viewer.userId) ? row : null;
    }
    try {
      return (await this.access.canView(row.ownerKind, viewer, row.ownerId)) ? row : null;
    } catch (e) {
      this.logger.warn(`access check for kind ${row.ownerKind} failed: ${(e as Error).message}`);
      return null;
    }
  }
}

function unknownAttachment(): ValidationError {
  return new ValidationError([
    {
      field: FIELD,
      code: 'UNKNOWN_ATTACHMENT',
      message: 'An attachment was not found or has expired; upload it again.',
    },
  ]);
}
