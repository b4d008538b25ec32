import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, AuditResult, ErrorCode } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { RequestOrigin } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { AppError, NotFoundError } from '@inspraak/server-errors';
import { MailOutbox } from '@inspraak/server-mail';
import { AccountTokenRepository, TokenError } from '../account-access/account-token.repository';
import { passwordResetMail, publicLink } from '../account-access/account-mail';
import { SessionOpener } from '../account-access/session-opener';
import { LoginThrottleRepository } from '../auth/login-throttle.repository';
import { PasswordHasher } from '../auth/password.hasher';
import { SessionRepository } from '../auth/session.repository';
import { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { UserService } from '../users/user.service';

export class ResetThrottledError extends AppError {
  constructor(until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    super(
      ErrorCode.RateLimited,
      `Too many password reset requests. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }
}

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly users: UserRepository,
    private readonly userService: UserService,
    private readonly tokens: AccountTokenRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionRepository,
    private readonly opener: SessionOpener,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a reset link when an active account has this address. The caller learns nothing
   * either way: the answer, and the throttling (counted per address whether or not it
   * exists, and per IP), are the same for existing and unknown accounts.
   */
  async request(rawEmail: string, origin: RequestOrigin): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    const keys = [`reset:account:${email}`, `reset:ip:${origin.ip ?? 'unknown'}`];
    const locked = await this.throttle.lockedUntil(keys);
    if (locked) {
      await this.record(null, null, AuditResult.DENIED, origin, { email, reason: 'throttled' });
      throw new ResetThrottledError(locked);
    }
    // Every request counts; the one that reaches the limit is still served, the next is not.
    const window = this.config.passwordResetWindowMinutes;
    await this.throttle.recordFailure(keys[0], this.config.passwordResetMaxPerEmail, window);
    await this.throttle.recordFailure(keys[1], this.config.passwordResetMaxPerIp, window);

    const user = await this.users.findByEmail(email);
    if (!user || user.deactivatedAt) {
      const reason = user ? 'deactivated' : 'unknown_account';
      await this.record(null, user?.id ?? null, AuditResult.FAILURE, origin, { email, reason });
      return;
    }
    const outboxId = await this.users.transaction(async (m) => {
      const token = await this.tokens.issue(
        m,
        user.id,
        'password_reset',
        this.config.passwordResetValidMinutes * 60_000,
      );
      const mail = passwordResetMail({
        locale: user.locale,
        name: user.name,
        organisation: this.config.organisationName,
        url: publicLink(this.config.publicUrl, `wachtwoord-herstellen/${token}`),
        validMinutes: this.config.passwordResetValidMinutes,
      });
      const id = await this.outbox.store(
        { ...mail, to: user.email, locale: user.locale, template: 'identity.password_reset' },
        m,
      );
      await this.record(m, user.id, AuditResult.SUCCESS, origin, {});
      return id;
    });
    await this.outbox.dispatch([outboxId]);
  }

  /** Sets a new password through the link, ends every other session and opens a new one. */
  async reset(
    token: string,
    password: string,
    origin: RequestOrigin,
  ): Promise<{ user: UserEntity; sessionToken: string }> {
    const userId = await this.tokens.check(token, 'password_reset');
    const user = await this.users.findById(userId);
    if (!user || user.deactivatedAt) throw new TokenError(ErrorCode.TokenInvalid);
    this.userService.assertPassword(password, user.email, 'input.password');
    const passwordHash = await this.hasher.hash(password);
    await this.users.transaction(async (m) => {
      await this.tokens.consume(m, token, 'password_reset');
      await this.users.update(m, user.id, { passwordHash });
      await this.audit.record(
        {
          actorId: user.id,
          action: AuditAction.PASSWORD_RESET_COMPLETED,
          result: AuditResult.SUCCESS,
          objectType: 'user',
          objectId: user.id,
          originIp: origin.ip,
        },
        m,
      );
    });
    // After the commit: whoever knew the old password is signed out everywhere.
    await this.sessions.deleteForUser(user.id);
    await this.throttle.clear(`account:${user.email}`);
    const sessionToken = await this.opener.open(user.id, origin);
    const fresh = await this.users.findById(user.id);
    if (!fresh) throw new NotFoundError('User');
    return { user: fresh, sessionToken };
  }

  private record(
    m: Parameters<AuditService['record']>[1] | null,
    userId: string | null,
    result: AuditResult,
    origin: RequestOrigin,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorId: null,
        action: AuditAction.PASSWORD_RESET_REQUESTED,
        result,
        objectType: 'user',
        objectId: userId,
        originIp: origin.ip,
        details,
      },
      m ?? undefined,
    );
  }
}
