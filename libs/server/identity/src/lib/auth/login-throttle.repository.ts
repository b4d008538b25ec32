import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest lock end among the keys, if any is locked now. */
  async lockedUntil(keys: string[]): Promise<Date | null> {
    const rows = await this.dataSource.query<{ until: Date | null }[]>(
      `SELECT max(locked_until) AS until FROM login_throttle
        WHERE scope_key = ANY($1) AND locked_until > now()`,
      [keys],
    );
    return rows[0]?.until ?? null;
  }

  /**
   * Counts a failure atomically (any number of replicas); the counter restarts after the window
   * and the key locks when it reaches `max`. Returns the lock end if it is locked now.
   */
  async recordFailure(key: string, max: number, windowMinutes: number): Promise<Date | null> {
    const rows = await this.dataSource.query<{ locked_until: Date | null; locked: boolean }[]>(
      `WITH w AS (SELECT make_interval(mins => $3) AS len)
       INSERT INTO login_throttle AS t (scope_key, failures, window_started_at, locked_until)
       SELECT $1, 1, now(), CASE WHEN 1 >= $2 THEN now() + w.len END FROM w
       ON CONFLICT (scope_key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - (SELECT len FROM w) THEN 1
                         ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - (SELECT len FROM w)
                                  THEN now() ELSE t.window_started_at END,
         locked_until = CASE
           WHEN (CASE WHEN t.window_started_at < now() - (SELECT len FROM w) THEN 1
                      ELSE t.failures + 1 END) >= $2 THEN now() + (SELECT len FROM w)
           ELSE t.locked_until END
       RETURNING t.locked_until, coalesce(t.locked_until > now(), false) AS locked`,
      [key, max, windowMinutes],
    );
    return rows[0]?.locked ? rows[0].locked_until : null;
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE scope_key = $1', [key]);
  }
}
