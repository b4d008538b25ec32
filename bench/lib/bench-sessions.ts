import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The session cookie's name with NODE_ENV=production (libs/server/identity session-cookie.ts). */
export const PRODUCTION_SESSION_COOKIE = '__Host-inspraak_session';

export interface BenchSession {
  userId: string;
  /** `name=token`, ready for a Cookie header. */
  cookie: string;
}

/**
 * Signed-in sessions for `n` distinct employees, written the way sign-in writes them (the
 * SHA-256 of a random 256-bit token as the id), without paying an argon2 hash per session.
 */
export async function createSessions(
  client: Client,
  n: number,
  emailLike = '%@bench.nl',
): Promise<BenchSession[]> {
  const users = (
    await client.query<{ id: string }>(
      `SELECT id FROM app_user WHERE role = 'EMPLOYEE' AND deactivated_at IS NULL
         AND email LIKE $1 ORDER BY email LIMIT $2`,
      [emailLike, n],
    )
  ).rows;
  if (users.length < n) throw new Error(`only ${users.length} employees for ${n} sessions`);
  const tokens = users.map(() => randomBytes(32).toString('base64url'));
  await client.query(
    `INSERT INTO session (id, user_id, last_seen_at, expires_at, ip, user_agent)
     SELECT unnest($1::text[]), unnest($2::uuid[]), now(), now() + interval '1 day',
       '127.0.0.1', 'bench'`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), users.map((u) => u.id)],
  );
  return users.map((u, i) => ({
    userId: u.id,
    cookie: `${PRODUCTION_SESSION_COOKIE}=${tokens[i]}`,
  }));
}
