import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { NotificationType } from './contract';
import { isNotificationType } from './preferences';

/** Only outside production, when APP_SECRET is not set (tests, development). */
const DEVELOPMENT_SECRET = 'inspraak-development-secret-not-for-production-use';

/** How long an unsubscribe link in a mail works. */
export const UNSUBSCRIBE_TOKEN_DAYS = 180;

export interface UnsubscribeClaim {
  userId: string;
  type: NotificationType;
  expiresAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The per-type unsubscribe link of a mail: `base64url(userId|type|expiry)` + `.` +
 * `base64url(HMAC-SHA256(key, payload))`, the key derived from APP_SECRET for this purpose
 * only. It lets the recipient turn off mail of one type without signing in; it grants nothing
 * else.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.appSecret ?? DEVELOPMENT_SECRET)
      .update('inspraak:notification-unsubscribe:v1')
      .digest();
  }

  sign(userId: string, type: NotificationType, now = new Date()): string {
    const expiry = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86400;
    const payload = Buffer.from(`${userId}|${type}|${expiry}`).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claim of a valid, unexpired token; null for anything else. */
  verify(token: string, now = new Date()): UnsubscribeClaim | null {
    if (typeof token !== 'string' || token.length > 300) return null;
    const [payload, mac, ...rest] = token.split('.');
    if (!payload || !mac || rest.length) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [userId, type, expiry, ...more] = Buffer.from(payload, 'base64url')
      .toString('utf8')
      .split('|');
    if (more.length || !UUID.test(userId ?? '') || !isNotificationType(type ?? '')) return null;
    const expiresAt = new Date(Number(expiry) * 1000);
    if (!Number.isFinite(expiresAt.getTime()) || expiresAt <= now) return null;
    return { userId: userId, type: type as NotificationType, expiresAt };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
