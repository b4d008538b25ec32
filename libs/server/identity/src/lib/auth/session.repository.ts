import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionEntity } from './session.entity';

export interface ActiveSession {
  id: string;
  userId: string;
  role: string;
  lastSeenAt: Date;
}

@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: Omit<SessionEntity, 'createdAt' | 'user'>): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).insert(row);
  }

  /** The session with its user, if neither expired, idle too long, nor deactivated. */
  async findActive(id: string, idleMinutes: number): Promise<ActiveSession | null> {
    const rows = await this.dataSource.query<
      { id: string; user_id: string; role: string; last_seen_at: Date }[]
    >(
      `SELECT s.id, s.user_id, u.role, s.last_seen_at
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.deactivated_at IS NULL`,
      [id, idleMinutes],
    );
    const r = rows[0];
    return r ? { id: r.id, userId: r.user_id, role: r.role, lastSeenAt: r.last_seen_at } : null;
  }

  async touch(id: string): Promise<void> {
    await this.dataSource.query('UPDATE session SET last_seen_at = now() WHERE id = $1', [id]);
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id });
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ userId });
  }

  /** Housekeeping: drop sessions that can no longer be used. */
  async deleteExpired(): Promise<void> {
    await this.dataSource.query('DELETE FROM session WHERE expires_at < now()');
  }
}
