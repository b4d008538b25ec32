import { Module } from '@nestjs/common';
import { PrincipalResolver } from '@inspraak/server-auth';
import { AccountAccessModule } from './account-access/account-access.module';
import { LoginThrottleRepository } from './auth/login-throttle.repository';
import { PasswordHasher } from './auth/password.hasher';
import { SessionPrincipalResolver } from './auth/session-principal.resolver';
import { SessionRepository } from './auth/session.repository';
import { SignInService } from './auth/sign-in.service';
import { AuthResolver } from './graphql/auth.resolver';
import { OrgUnitResolver } from './graphql/org-unit.resolver';
import { UserResolver } from './graphql/user.resolver';
import { OrgUnitRepository } from './org-units/org-unit.repository';
import { OrgUnitService } from './org-units/org-unit.service';
import { DemoSeedService } from './seed/demo-seed.service';
import { UserRepository } from './users/user.repository';
import { UserService } from './users/user.service';
import { SsoModule } from './sso/sso.module';
import { ImportModule } from './import/import.module';
import { PersonalDataResolver } from './graphql/personal-data.resolver';
import { AccountPersonalDataSource } from './personal-data/account-personal-data.source';
import { PersonalDataService } from './personal-data/personal-data.service';

/** Org units, users, local sign-in and sessions; provides the request principal to the guard. */
@Module({
  imports: [AccountAccessModule, SsoModule, ImportModule],
  providers: [
    OrgUnitRepository,
    OrgUnitService,
    UserRepository,
    UserService,
    SessionRepository,
    LoginThrottleRepository,
    PasswordHasher,
    SignInService,
    { provide: PrincipalResolver, useClass: SessionPrincipalResolver },
    DemoSeedService,
    AuthResolver,
    OrgUnitResolver,
    UserResolver,
    // Personal data export and erasure (C11); other modules register their sources.
    AccountPersonalDataSource,
    PersonalDataService,
    PersonalDataResolver,
  ],
})
export class IdentityModule {}
