import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PersonalDataErasure,
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';
import { AccountTokenEntity } from '../account-access/account-token.entity';
import { LoginThrottleEntity, SessionEntity } from '../auth/session.entity';
import { ManagerScopeEntity, UserEntity } from '../users/user.entity';

/** The name an erased account shows wherever a name is still needed (owner, juror, responder). */
export const ERASED_NAME = 'Verwijderd account';

/** The address an erased account keeps: unique, and no mail can ever be delivered to it. */
export const erasedEmail = (userId: string) => `erased-${userId}@erased.invalid`;

/**
 * The account itself: profile, sign-in, sessions and managed units. Erased last: the row stays
 * (contributions, support and the audit log refer to it) without a name, address or sign-in.
 */
@Injectable()
export class AccountPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'account';
  readonly eraseOrder = 1000;

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject) {
    const [user] = await this.dataSource.query<
      {
        name: string;
        email: string;
        locale: string;
        role: string;
        org_unit: string | null;
        has_password: boolean;
        created_at: Date;
        deactivated_at: Date | null;
      }[]
    >(
      `SELECT u.name, u.email, u.locale, u.role, ou.name AS org_unit,
              u.password_hash IS NOT NULL AS has_password, u.created_at, u.deactivated_at
         FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.primary_org_unit_id
        WHERE u.id = $1`,
      [subject.userId],
    );
    const managed = await this.dataSource.query<{ name: string }[]>(
      `SELECT ou.name FROM manager_scope ms JOIN org_unit ou ON ou.id = ms.org_unit_id
        WHERE ms.user_id = $1 ORDER BY ou.name`,
      [subject.userId],
    );
    const sessions = await this.dataSource.query<
      {
        created_at: Date;
        last_seen_at: Date;
        expires_at: Date;
        ip: string | null;
        user_agent: string | null;
      }[]
    >(
      `SELECT created_at, last_seen_at, expires_at, ip, user_agent FROM session
        WHERE user_id = $1 ORDER BY last_seen_at DESC`,
      [subject.userId],
    );
    return {
      id: subject.userId,
      name: user?.name ?? null,
      email: user?.email ?? null,
      language: user?.locale ?? null,
      role: user?.role ?? null,
      orgUnit: user?.org_unit ?? null,
      managedOrgUnits: managed.map((m) => m.name),
      signIn: user?.has_password ? 'password' : 'single sign-on or invitation',
      createdAt: user?.created_at.toISOString() ?? null,
      deactivatedAt: user?.deactivated_at?.toISOString() ?? null,
      sessions: sessions.map((s) => ({
        startedAt: s.created_at.toISOString(),
        lastSeenAt: s.last_seen_at.toISOString(),
        expiresAt: s.expires_at.toISOString(),
        ip: s.ip,
        browser: s.user_agent,
      })),
    };
  }

  override async erase({ manager: m, subject }: PersonalDataErasure) {
    const { userId, email } = subject;
    const sessions = await m.delete(SessionEntity, { userId });
    const tokens = await m.delete(AccountTokenEntity, { userId });
    const scopes = await m.delete(ManagerScopeEntity, { userId });
    await m.delete(LoginThrottleEntity, { scopeKey: `account:${email}` });
    const now = new Date();
    await m
      .createQueryBuilder()
      .update(UserEntity)
      .set({
        name: ERASED_NAME,
        email: erasedEmail(userId),
        passwordHash: null,
        primaryOrgUnitId: null,
        role: 'EMPLOYEE',
        erasedAt: now,
        deactivatedAt: () => 'COALESCE(deactivated_at, now())',
      })
      .where('id = :userId', { userId })
      .execute();
    return {
      sessions: sessions.affected ?? 0,
      oneTimeLinks: tokens.affected ?? 0,
      managedOrgUnits: scopes.affected ?? 0,
    };
  }
}
