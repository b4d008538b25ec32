import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';

/** Only outside production, when APP_SECRET is not set (tests, `npm run dev` without a secret). */
const DEVELOPMENT_SECRET = 'inspraak-development-secret-not-for-production-use';

/**
 * The keyed hashes of pulse answering, under keys derived from APP_SECRET:
 * - the voter hash HMAC(round, user) on a pending answer: keeps a second answer out and lets
 *   reminders skip people whose answer is still pending, while a database dump without the secret
 *   links it to nobody;
 * - the submit hash HMAC(round, user, idempotency key): a retried submit is recognised, the
 *   client's key itself is never stored.
 * Keyed per round: one person's hashes in two rounds cannot be linked to each other.
 */
@Injectable()
export class VoterKeys {
  private readonly voterKey: Buffer;
  private readonly submitKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const secret = config.appSecret ?? DEVELOPMENT_SECRET;
    if (!config.appSecret) {
      new Logger('PulseKeys').warn(
        'APP_SECRET is not set: pulse voter hashes use a development key',
      );
    }
    const derive = (purpose: string) => createHmac('sha256', secret).update(purpose).digest();
    this.voterKey = derive('inspraak:pulse-voter:v1');
    this.submitKey = derive('inspraak:pulse-submit:v1');
  }

  voterHash(roundId: string, userId: string): string {
    return createHmac('sha256', this.voterKey)
      .update(`pulse-voter:${roundId}:${userId}`)
      .digest('hex');
  }

  submitHash(roundId: string, userId: string, idempotencyKey: string): string {
    return createHmac('sha256', this.submitKey)
      .update(`pulse-submit:${roundId}:${userId}:${idempotencyKey}`)
      .digest('hex');
  }

  /** Constant-time comparison of two stored hashes. */
  same(a: string | null, b: string): boolean {
    if (!a || a.length !== b.length) return false;
    return timingSafeEqual(Buffer.from(a), Buffer.from(b));
  }

  /** Voter hash → user id for the given people (computed in memory, never stored or logged). */
  resolve(roundId: string, userIds: readonly string[]): Map<string, string> {
    return new Map(userIds.map((u) => [this.voterHash(roundId, u), u]));
  }
}
