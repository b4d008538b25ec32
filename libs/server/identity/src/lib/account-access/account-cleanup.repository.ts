import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface CleanupCounts {
  sessions: number;
  tokens: number;
  throttleRows: number;
}

/** Deletes rows that can no longer matter; run by the scheduled `identity.cleanup` job. */
@Injectable()
export class AccountCleanupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async run(opts: {
    sessionIdleMinutes: number;
    tokenGraceDays: number;
    throttleWindowMinutes: number;
  }): Promise<CleanupCounts> {
    const [, sessions] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM session
        WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)`,
      [opts.sessionIdleMinutes],
    );
    const [, tokens] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM account_token
        WHERE used_at < now() - make_interval(days => $1)
           OR expires_at < now() - make_interval(days => $1)`,
      [opts.tokenGraceDays],
    );
    const [, throttleRows] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM login_throttle
        WHERE (locked_until IS NULL OR locked_until < now())
          AND window_started_at < now() - make_interval(mins => $1)`,
      [opts.throttleWindowMinutes],
    );
    return { sessions, tokens, throttleRows };
  }
}
