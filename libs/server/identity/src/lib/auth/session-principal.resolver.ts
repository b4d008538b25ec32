import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { isGlobalRole } from '@inspraak/contracts';
import { Principal, PrincipalResolver } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { readSessionToken, hashSessionToken } from './session-cookie';
import { SessionRepository } from './session.repository';

/** Writing last_seen_at on every request would cost a write per call; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

/** Turns the session cookie into the request's principal (one query per request). */
@Injectable()
export class SessionPrincipalResolver extends PrincipalResolver {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async resolve(req: Request): Promise<Principal | null> {
    const token = readSessionToken(req, this.config);
    if (!token) return null;
    const session = await this.sessions.findActive(
      hashSessionToken(token),
      this.config.sessionIdleMinutes,
    );
    if (!session || !isGlobalRole(session.role)) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.touch(session.id);
    }
    return { userId: session.userId, role: session.role, sessionId: session.id };
  }
}
