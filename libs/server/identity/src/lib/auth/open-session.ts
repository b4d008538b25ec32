import { RequestOrigin } from '@inspraak/server-auth';
import { AppConfig } from '@inspraak/server-config';
import { newSessionToken } from './session-cookie';
import { SessionRepository } from './session.repository';

/**
 * Opens a new server-side session for a user who has just proven who they are (password or
 * single sign-on). Always a new session (no fixation): the one it replaces is dropped, and
 * expired sessions are swept on the way. Returns the token for the cookie.
 */
export async function openSession(
  sessions: SessionRepository,
  config: AppConfig,
  userId: string,
  origin: RequestOrigin,
  previousSessionId: string | null,
): Promise<string> {
  if (previousSessionId) await sessions.delete(previousSessionId);
  await sessions.deleteExpired();
  const { token, id } = newSessionToken();
  const now = new Date();
  await sessions.insert({
    id,
    userId,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionMaxAgeHours * 3600_000),
    ip: origin.ip,
    userAgent: origin.userAgent,
  });
  return token;
}
