import { Module } from '@nestjs/common';
import { SessionRepository } from '../auth/session.repository';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { UserRepository } from '../users/user.repository';
import { OidcClient } from './oidc-client';
import { OidcLoginRepository } from './oidc-login.repository';
import { SignInOptionsResolver } from './sign-in-options.resolver';
import { SsoController } from './sso.controller';
import { SsoService } from './sso.service';

/** OpenID Connect single sign-on (repositories are stateless, so this module has its own). */
@Module({
  controllers: [SsoController],
  providers: [
    OidcClient,
    OidcLoginRepository,
    UserRepository,
    OrgUnitRepository,
    SessionRepository,
    SsoService,
    SignInOptionsResolver,
  ],
})
export class SsoModule {}
