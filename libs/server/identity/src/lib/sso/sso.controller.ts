import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { CurrentUser, Origin, Principal, Public, RequestOrigin } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { setSessionCookie } from '../auth/session-cookie';
import { SsoError, SsoService } from './sso.service';

/** Where the web app's sign-in page lives; failures land there with `?sso=<reason>`. */
const SIGN_IN_PAGE = '/inloggen';

/**
 * The browser side of single sign-on. Both routes only redirect; the state-changing step (the
 * callback) is protected by the state that must match a cookie set at the start and a
 * single-use server-side record, so a cross-site page cannot complete a sign-in for a victim.
 */
@Controller('api/auth/oidc')
@Public()
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('start')
  @Public()
  async start(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      const { url, state } = await this.sso.start(returnTo);
      res.cookie(this.stateCookie, state, { ...this.stateCookieOptions, maxAge: 10 * 60_000 });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, url);
    } catch (e) {
      this.fail(res, e);
    }
  }

  @Get('callback')
  @Public()
  async callback(
    @Req() req: Request,
    @Res() res: Response,
    @CurrentUser() previous: Principal | null,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    const cookies = req.cookies as Record<string, unknown> | undefined;
    const browserState = cookies?.[this.stateCookie];
    res.clearCookie(this.stateCookie, this.stateCookieOptions);
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { token, returnTo } = await this.sso.callback(
        req.query,
        typeof browserState === 'string' ? browserState : null,
        origin,
        previous?.sessionId ?? null,
      );
      setSessionCookie(res, this.config, token);
      res.redirect(302, returnTo);
    } catch (e) {
      this.fail(res, e);
    }
  }

  private fail(res: Response, e: unknown) {
    if (!(e instanceof SsoError)) throw e;
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, `${SIGN_IN_PAGE}?sso=${e.reason}`);
  }

  private get stateCookie() {
    return this.config.isProduction ? '__Host-inspraak_oidc' : 'inspraak_oidc';
  }

  /** Lax: the provider's redirect back is a top-level GET, which carries Lax cookies. */
  private get stateCookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.isProduction, path: '/' };
  }
}
