import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '@inspraak/contracts';
import { Public } from '@inspraak/server-auth';
import { AppError } from '@inspraak/server-errors';
import { NotificationLinks } from '../notification-links';
import { NotificationPreferences } from '../notification-preferences.service';
import { typeToEnum } from '../preferences';

/**
 * RFC 8058 one-click unsubscribe, the target of a mail's List-Unsubscribe header:
 * - `POST /api/unsubscribe?token=…` (body `List-Unsubscribe=One-Click`, sent by the mail
 *   client) turns off e-mail of the token's type. Public and exempt from the CSRF header the
 *   other state-changing routes require: mail clients cannot send it, and the signed token — not
 *   a session — is the only authority; it can do nothing but this.
 * - `GET` changes nothing (link scanners and prefetchers follow links): it redirects to the web
 *   page that asks for confirmation.
 */
@Controller('api/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly preferences: NotificationPreferences,
    private readonly links: NotificationLinks,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  async unsubscribe(
    @Query('token') token: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const type = await this.preferences.unsubscribe(typeof token === 'string' ? token : '');
      return { unsubscribed: typeToEnum(type) };
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== ErrorCode.BadUserInput) throw e;
      res.status(400);
      return {
        errors: [{ message: e.message, extensions: { code: e.code, reason: 'INVALID_TOKEN' } }],
      };
    }
  }

  @Get()
  @Public()
  confirmPage(@Query('token') token: unknown, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, this.links.unsubscribePage(typeof token === 'string' ? token : ''));
  }
}
