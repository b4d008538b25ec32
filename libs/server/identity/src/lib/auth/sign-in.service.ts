import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, AuditResult, ErrorCode } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { Principal, RequestOrigin } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { AppError, UnauthenticatedError } from '@inspraak/server-errors';
import { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordHasher } from './password.hasher';
import { openSession } from './open-session';
import { SessionRepository } from './session.repository';

export class LockedOutError extends AppError {
  constructor(until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    super(
      ErrorCode.RateLimited,
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask your administrator.`,
    );
  }
}

const WRONG_CREDENTIALS = 'The e-mail address or password is not correct';

@Injectable()
export class SignInService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the password and opens a new session (never reuses one: no session fixation). */
  async signIn(
    rawEmail: string,
    password: string,
    origin: RequestOrigin,
    previous: Principal | null = null,
  ): Promise<{ user: UserEntity; token: string }> {
    const email = rawEmail.trim().toLowerCase();
    const accountKey = `account:${email}`;
    const ipKey = `ip:${origin.ip ?? 'unknown'}`;
    const locked = await this.throttle.lockedUntil([accountKey, ipKey]);
    if (locked) {
      await this.record(null, AuditResult.DENIED, origin, { email, reason: 'locked' });
      throw new LockedOutError(locked);
    }

    const user = await this.users.findByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || user.deactivatedAt) {
      const [accountLock, ipLock] = await Promise.all([
        this.throttle.recordFailure(
          accountKey,
          this.config.loginMaxAccountFailures,
          this.config.loginLockoutMinutes,
        ),
        this.throttle.recordFailure(
          ipKey,
          this.config.loginMaxIpFailures,
          this.config.loginLockoutMinutes,
        ),
      ]);
      const reason = !user ? 'unknown_account' : user.deactivatedAt ? 'deactivated' : 'password';
      await this.record(user?.id ?? null, AuditResult.FAILURE, origin, { email, reason });
      const lock = accountLock ?? ipLock;
      if (lock) throw new LockedOutError(lock);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }

    await this.throttle.clear(accountKey);
    const token = await openSession(
      this.sessions,
      this.config,
      user.id,
      origin,
      previous?.sessionId ?? null,
    );
    await this.record(user.id, AuditResult.SUCCESS, origin, {});
    return { user, token };
  }

  async signOut(principal: Principal | null, origin: RequestOrigin): Promise<void> {
    if (!principal) return;
    await this.sessions.delete(principal.sessionId);
    await this.audit.record({
      actorId: principal.userId,
      action: AuditAction.SIGN_OUT,
      result: AuditResult.SUCCESS,
      objectType: 'user',
      objectId: principal.userId,
      originIp: origin.ip,
    });
  }

  private record(
    userId: string | null,
    result: AuditResult,
    origin: RequestOrigin,
    details: Record<string, unknown>,
  ) {
    return this.audit.record({
      actorId: result === AuditResult.SUCCESS ? userId : null,
      action: AuditAction.SIGN_IN,
      result,
      objectType: 'user',
      objectId: userId,
      originIp: origin.ip,
      details,
    });
  }
}
