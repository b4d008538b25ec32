import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationError } from '@inspraak/server-errors';
import { NOTIFICATION_TYPES, NotificationType } from './contract';
import { defaultPreference, EMAIL_FREQUENCIES, EmailFrequency, Preference } from './preferences';
import { UnsubscribeTokens } from './unsubscribe-token';

/** Per-type choices: in-app on/off and e-mail IMMEDIATE / DAILY_DIGEST / OFF. */
@Injectable()
export class NotificationPreferences {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  /** Every type with the user's setting or its default, in the contract's order. */
  async of(userId: string): Promise<Preference[]> {
    const rows = await this.dataSource.query<
      { type: string; in_app: boolean; email: EmailFrequency }[]
    >('SELECT type, in_app, email FROM notification_preference WHERE user_id = $1', [userId]);
    const stored = new Map(rows.map((r) => [r.type, r]));
    return NOTIFICATION_TYPES.map((type) => {
      const r = stored.get(type);
      return r ? { type, inApp: r.in_app, email: r.email } : defaultPreference(type);
    });
  }

  async update(userId: string, input: Preference[]): Promise<Preference[]> {
    const seen = new Set<NotificationType>();
    input.forEach((p, i) => {
      if (seen.has(p.type)) {
        throw new ValidationError([
          { field: `input.${i}.type`, code: 'DUPLICATE', message: 'Each type at most once' },
        ]);
      }
      if (!EMAIL_FREQUENCIES.includes(p.email)) {
        throw new ValidationError([
          { field: `input.${i}.email`, code: 'INVALID', message: 'Unknown e-mail frequency' },
        ]);
      }
      seen.add(p.type);
    });
    if (input.length) {
      await this.dataSource.query(
        `INSERT INTO notification_preference (user_id, type, in_app, email)
         SELECT $1, t.type, t.in_app, t.email
           FROM unnest($2::varchar[], $3::boolean[], $4::varchar[]) AS t(type, in_app, email)
         ON CONFLICT (user_id, type)
         DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = now()`,
        [userId, input.map((p) => p.type), input.map((p) => p.inApp), input.map((p) => p.email)],
      );
    }
    return this.of(userId);
  }

  /**
   * One-click unsubscribe: the signed token names the user and the type; e-mail of that type is
   * turned off (in-app stays as it was). Idempotent. A bad or expired token is a field error.
   */
  async unsubscribe(token: string): Promise<NotificationType> {
    const claim = this.tokens.verify(token);
    if (!claim) {
      throw new ValidationError(
        [
          {
            field: 'token',
            code: 'INVALID_TOKEN',
            message: 'The link is not valid or has expired',
          },
        ],
        'The unsubscribe link is not valid or has expired',
      );
    }
    const d = defaultPreference(claim.type);
    // A user deleted since: nothing to change (no row may reference them).
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, type, in_app, email)
       SELECT u.id, $2, $3, 'OFF' FROM app_user u WHERE u.id = $1
       ON CONFLICT (user_id, type) DO UPDATE SET email = 'OFF', updated_at = now()`,
      [claim.userId, claim.type, d.inApp],
    );
    return claim.type;
  }
}
