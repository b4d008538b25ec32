import { Module } from '@nestjs/common';
import { LoginThrottleRepository } from '../auth/login-throttle.repository';
import { PasswordHasher } from '../auth/password.hasher';
import { SessionRepository } from '../auth/session.repository';
import { InvitationResolver } from '../invitations/invitation.resolver';
import { InvitationService } from '../invitations/invitation.service';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { OrgUnitService } from '../org-units/org-unit.service';
import { PasswordResetResolver } from '../password-reset/password-reset.resolver';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { UserRepository } from '../users/user.repository';
import { UserService } from '../users/user.service';
import { AccountCleanupRepository } from './account-cleanup.repository';
import { AccountTokenRepository } from './account-token.repository';
import { IdentityCleanupJobs } from './identity-cleanup.jobs';
import { SessionOpener } from './session-opener';

/**
 * Invitations and password reset by one-time links (imported by IdentityModule). The
 * repositories and services it shares with IdentityModule are stateless, so it lists its own
 * instances rather than making IdentityModule export them.
 */
@Module({
  providers: [
    UserRepository,
    UserService,
    OrgUnitRepository,
    OrgUnitService,
    SessionRepository,
    LoginThrottleRepository,
    PasswordHasher,
    AccountTokenRepository,
    SessionOpener,
    InvitationService,
    InvitationResolver,
    PasswordResetService,
    PasswordResetResolver,
  ],
})
export class AccountAccessModule {}

/** Worker side: the scheduled clean-up of sessions, one-time tokens and throttle counters. */
@Module({ providers: [AccountCleanupRepository, IdentityCleanupJobs] })
export class IdentityJobsModule {}
