import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';

/** Only outside production, when APP_SECRET is not set (tests, `npm run dev` without a secret). */
const DEVELOPMENT_SECRET = 'inspraak-development-secret-not-for-production-use';

/**
 * Who wrote an anonymous input or comment is stored only as
 * `HMAC-SHA256(key, "input-author:" + userId + ":" + inputId)` with a key derived from
 * APP_SECRET. Keyed per input, so two anonymous ideas of one person cannot be linked to each
 * other; without the secret (a database dump, a backup) the hash links to nobody. The
 * application recomputes it for the signed-in user to let the author edit, withdraw and find
 * their own input, and (issue 7) over the recipients when notifying.
 */
@Injectable()
export class AnonymousAuthorService {
  private readonly authorKey: Buffer;
  private readonly idempotencyKey: Buffer;
  private readonly orderKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const secret = config.appSecret ?? DEVELOPMENT_SECRET;
    if (!config.appSecret) {
      new Logger('AnonymousAuthor').warn(
        'APP_SECRET is not set: anonymous author hashes use a development key',
      );
    }
    const derive = (purpose: string) => createHmac('sha256', secret).update(purpose).digest();
    this.authorKey = derive('inspraak:input-author:v1');
    this.idempotencyKey = derive('inspraak:input-idempotency:v1');
    this.orderKey = derive('inspraak:input-order:v1');
  }

  /** The stored author hash of an anonymous input or comment `id` written by `userId`. */
  hash(userId: string, id: string): string {
    return createHmac('sha256', this.authorKey)
      .update(`input-author:${userId}:${id}`)
      .digest('hex');
  }

  /** True when `userId` wrote the anonymous input or comment `id` stored with `storedHash`. */
  isAuthor(userId: string, id: string, storedHash: string | null): boolean {
    if (!storedHash || storedHash.length !== 64) return false;
    return timingSafeEqual(Buffer.from(this.hash(userId, id)), Buffer.from(storedHash));
  }

  /** A client idempotency key bound to its submitter (stores neither). */
  idempotencyHash(userId: string, key: string): string {
    return createHmac('sha256', this.idempotencyKey)
      .update(`input-idempotency:${userId}:${key}`)
      .digest('hex');
  }

  /** A stable per-viewer offset 0..2^31-1 for the "random" order of one container. */
  orderSeed(userId: string, containerId: string): number {
    return (
      createHmac('sha256', this.orderKey)
        .update(`input-order:${userId}:${containerId}`)
        .digest()
        .readUInt32BE(0) & 0x7fffffff
    );
  }
}
