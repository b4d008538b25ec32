import { Inject, Injectable } from '@nestjs/common';
import { RequestOrigin } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { newSessionToken } from '../auth/session-cookie';
import { SessionRepository } from '../auth/session.repository';

/** Opens a fresh session after a one-time link set the password (as sign-in does). */
@Injectable()
export class SessionOpener {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(userId: string, origin: RequestOrigin): Promise<string> {
    const { token, id } = newSessionToken();
    const now = new Date();
    await this.sessions.insert({
      id,
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionMaxAgeHours * 3600_000),
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    return token;
  }
}
