import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditAction, AuditResult, GlobalRole, Locale } from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { RequestOrigin } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { openSession } from '../auth/open-session';
import { SessionRepository } from '../auth/session.repository';
import { UnitDirectory } from '../import/unit-paths';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { OidcClient } from './oidc-client';
import { OidcLoginRepository } from './oidc-login.repository';
import {
  emailFromClaim,
  isVerified,
  parseRoleMap,
  roleFromClaim,
  safeReturnPath,
} from './oidc-claims';

/** How long a sign-in at the provider may take before its state is refused. */
const LOGIN_TTL_MS = 10 * 60_000;

/** Why a single sign-on was refused; the web app shows a message per reason. */
export type SsoFailure =
  | 'not_configured'
  | 'unavailable'
  | 'denied'
  | 'state'
  | 'token'
  | 'email_missing'
  | 'email_unverified'
  | 'no_account'
  | 'deactivated';

export class SsoError extends Error {
  constructor(
    readonly reason: SsoFailure,
    readonly detail?: string,
  ) {
    super(`single sign-on refused: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Authorization code flow with PKCE, state and nonce kept server-side, single use. */
@Injectable()
export class SsoService {
  private readonly logger = new Logger('Sso');

  constructor(
    private readonly client: OidcClient,
    private readonly logins: OidcLoginRepository,
    private readonly users: UserRepository,
    private readonly orgUnits: OrgUnitRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled() {
    return this.client.enabled;
  }

  get displayName() {
    return this.config.oidcDisplayName;
  }

  /** Where to send the browser, and the state the browser must bring back (cookie). */
  async start(returnTo: unknown): Promise<{ url: string; state: string }> {
    if (!this.enabled) throw new SsoError('not_configured');
    const { oidc, configuration } = await this.client.get().catch((e: unknown) => {
      throw new SsoError('unavailable', (e as Error).message);
    });
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await this.logins.deleteExpired();
    await this.logins.insert({
      id: sha256(state),
      codeVerifier,
      nonce,
      returnTo: safeReturnPath(returnTo),
      expiresAt: new Date(Date.now() + LOGIN_TTL_MS),
    });
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.client.redirectUri,
      scope: this.config.oidcScopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * Completes the sign-in: the state must match the browser's cookie and an unused, unexpired
   * server-side login; the code is exchanged with the PKCE verifier; the ID token's signature,
   * issuer, audience, nonce and expiry are checked by openid-client. Returns the session token.
   */
  async callback(
    query: Record<string, unknown>,
    browserState: string | null,
    origin: RequestOrigin,
    previousSessionId: string | null,
  ): Promise<{ token: string; returnTo: string; user: UserEntity }> {
    try {
      return await this.complete(query, browserState, origin, previousSessionId);
    } catch (e) {
      const failure =
        e instanceof SsoError ? e : new SsoError('token', (e as Error)?.message ?? String(e));
      this.logger.warn(failure.message);
      await this.audit.record({
        actorId: null,
        action: AuditAction.SIGN_IN,
        result: AuditResult.FAILURE,
        objectType: 'user',
        originIp: origin.ip,
        details: { method: 'oidc', reason: failure.reason },
      });
      throw failure;
    }
  }

  private async complete(
    query: Record<string, unknown>,
    browserState: string | null,
    origin: RequestOrigin,
    previousSessionId: string | null,
  ) {
    if (!this.enabled) throw new SsoError('not_configured');
    const state = typeof query['state'] === 'string' ? query['state'] : null;
    if (!state || !browserState || state !== browserState) throw new SsoError('state');
    const pending = await this.logins.consume(sha256(state));
    if (!pending) throw new SsoError('state', 'unknown, used or expired');
    if (typeof query['error'] === 'string') {
      throw new SsoError('denied', String(query['error']).slice(0, 100));
    }
    const { oidc, configuration } = await this.client.get().catch((e: unknown) => {
      throw new SsoError('unavailable', (e as Error).message);
    });
    const currentUrl = new URL(this.client.redirectUri);
    for (const [k, v] of Object.entries(query)) {
      if (typeof v === 'string') currentUrl.searchParams.set(k, v);
    }
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      claims = { ...idClaims };
      if (configuration.serverMetadata().userinfo_endpoint) {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims };
      }
    } catch (e) {
      throw new SsoError('token', (e as Error).message);
    }

    const email = emailFromClaim(claims[this.config.oidcClaimEmail]);
    if (!email) throw new SsoError('email_missing');
    if (this.config.oidcRequireEmailVerified && !isVerified(claims['email_verified'])) {
      throw new SsoError('email_unverified');
    }
    let user = await this.users.findByEmail(email);
    if (user?.deactivatedAt) throw new SsoError('deactivated');
    if (!user) {
      if (!this.config.oidcCreateUsers) throw new SsoError('no_account');
      user = await this.createFromClaims(email, claims, origin);
    }
    const token = await openSession(this.sessions, this.config, user.id, origin, previousSessionId);
    await this.audit.record({
      actorId: user.id,
      action: AuditAction.SIGN_IN,
      result: AuditResult.SUCCESS,
      objectType: 'user',
      objectId: user.id,
      originIp: origin.ip,
      details: { method: 'oidc' },
    });
    return { token, returnTo: pending.returnTo, user };
  }

  /** Just-in-time account: name, unit and role from the claims, never more than configured. */
  private async createFromClaims(
    email: string,
    claims: Record<string, unknown>,
    origin: RequestOrigin,
  ): Promise<UserEntity> {
    const rawName = claims[this.config.oidcClaimName];
    const name =
      typeof rawName === 'string' && rawName.trim() ? rawName.trim().slice(0, 200) : email;
    const role = this.config.oidcClaimRole
      ? roleFromClaim(
          claims[this.config.oidcClaimRole],
          parseRoleMap(this.config.oidcRoleMap),
          this.config.oidcAllowAdminRole,
        )
      : GlobalRole.EMPLOYEE;
    let primaryOrgUnitId: string | null = null;
    const unitClaim = this.config.oidcClaimOrgUnit
      ? claims[this.config.oidcClaimOrgUnit]
      : undefined;
    if (typeof unitClaim === 'string' && unitClaim.length <= 2000) {
      primaryOrgUnitId = new UnitDirectory(await this.orgUnits.findAll(false)).resolve(unitClaim);
    }
    try {
      return await this.users.transaction(async (m) => {
        const user = await this.users.insert(m, {
          name,
          email,
          primaryOrgUnitId,
          locale: Locale.NL,
          role,
          passwordHash: null,
        });
        await this.audit.record(
          {
            actorId: null,
            action: AuditAction.USER_CREATE,
            result: AuditResult.SUCCESS,
            objectType: 'user',
            objectId: user.id,
            originIp: origin.ip,
            details: { via: 'oidc', role, orgUnitMatched: primaryOrgUnitId !== null },
          },
          m,
        );
        return user;
      });
    } catch (e) {
      // Two first sign-ins at once: the other one created the account.
      const code = (e as { code?: string; driverError?: { code?: string } }).driverError?.code;
      const existing = code === '23505' ? await this.users.findByEmail(email) : null;
      if (existing) return existing;
      throw e;
    }
  }
}
