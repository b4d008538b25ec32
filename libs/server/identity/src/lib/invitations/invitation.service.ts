import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, AuditResult, ErrorCode, GlobalRole, Locale } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { RequestOrigin } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { ConflictError, NotFoundError } from '@inspraak/server-errors';
import { MailOutbox } from '@inspraak/server-mail';
import { AccountTokenRepository, TokenError } from '../account-access/account-token.repository';
import { invitationMail, publicLink } from '../account-access/account-mail';
import { SessionOpener } from '../account-access/session-opener';
import { PasswordHasher } from '../auth/password.hasher';
import { Actor } from '../org-units/org-unit.service';
import { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { UserService } from '../users/user.service';

export interface InvitationFields {
  name: string;
  email: string;
  primaryOrgUnitId: string | null;
  locale: Locale;
  role: GlobalRole;
  managedOrgUnitIds: string[];
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly userService: UserService,
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly outbox: MailOutbox,
    private readonly sessions: SessionOpener,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates the account without a password (or takes the pending one with this address) and
   * mails a one-time link; a new invitation replaces the previous link.
   */
  async invite(actor: Actor, fields: InvitationFields): Promise<UserEntity> {
    const email = fields.email.trim().toLowerCase();
    const existing = await this.users.findByEmail(email);
    if (existing && (existing.passwordHash || existing.deactivatedAt)) {
      throw new ConflictError('Another account already uses this e-mail address');
    }
    const user =
      existing ?? (await this.userService.create(actor, { ...fields, email }, undefined));
    const inviter = await this.users.findById(actor.principal.userId);
    const outboxId = await this.users.transaction(async (m) => {
      const token = await this.tokens.issue(
        m,
        user.id,
        'invitation',
        this.config.invitationValidDays * 86_400_000,
      );
      const mail = invitationMail({
        locale: user.locale,
        name: user.name,
        inviterName: inviter?.name ?? this.config.organisationName,
        organisation: this.config.organisationName,
        url: publicLink(this.config.publicUrl, `uitnodiging/${token}`),
        validDays: this.config.invitationValidDays,
      });
      const id = await this.outbox.store(
        { ...mail, to: user.email, locale: user.locale, template: 'identity.invitation' },
        m,
      );
      await this.audit.record(
        {
          actorId: actor.principal.userId,
          action: AuditAction.INVITATION_SENT,
          result: AuditResult.SUCCESS,
          objectType: 'user',
          objectId: user.id,
          originIp: actor.origin.ip,
          details: { reinvited: Boolean(existing) },
        },
        m,
      );
      return id;
    });
    await this.outbox.dispatch([outboxId]);
    return user;
  }

  /** Sets the first password through the invitation link and opens a session. */
  async accept(
    token: string,
    password: string,
    origin: RequestOrigin,
  ): Promise<{ user: UserEntity; sessionToken: string }> {
    const userId = await this.tokens.check(token, 'invitation');
    const user = await this.users.findById(userId);
    if (!user || user.deactivatedAt) throw new TokenError(ErrorCode.TokenInvalid);
    // The policy first: a refused password leaves the link usable.
    this.userService.assertPassword(password, user.email, 'input.password');
    const passwordHash = await this.hasher.hash(password);
    await this.users.transaction(async (m) => {
      await this.tokens.consume(m, token, 'invitation');
      await this.users.update(m, user.id, { passwordHash });
      await this.audit.record(
        {
          actorId: user.id,
          action: AuditAction.INVITATION_ACCEPTED,
          result: AuditResult.SUCCESS,
          objectType: 'user',
          objectId: user.id,
          originIp: origin.ip,
        },
        m,
      );
    });
    const sessionToken = await this.sessions.open(user.id, origin);
    const fresh = await this.users.findById(user.id);
    if (!fresh) throw new NotFoundError('User');
    return { user: fresh, sessionToken };
  }
}
