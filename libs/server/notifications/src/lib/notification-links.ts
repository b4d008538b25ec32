import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { NotificationType } from './contract';
import { UnsubscribeTokens } from './unsubscribe-token';

/** The absolute links mails carry (web paths on PUBLIC_URL). */
@Injectable()
export class NotificationLinks {
  private readonly base: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: UnsubscribeTokens,
  ) {
    this.base = config.publicUrl.replace(/\/+$/, '');
  }

  url(path: string): string {
    return `${this.base}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** The confirm page in the web app (GET shows a button; nothing changes on GET). */
  unsubscribePage(token: string): string {
    return this.url(`/afmelden?token=${encodeURIComponent(token)}`);
  }

  /** RFC 8058 one-click: List-Unsubscribe + List-Unsubscribe-Post, pointing at the POST route. */
  unsubscribeHeaders(token: string): Record<string, string> {
    return {
      'List-Unsubscribe': `<${this.url(`/api/unsubscribe?token=${encodeURIComponent(token)}`)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  /** A fresh token and both links for `userId` and `type`. */
  unsubscribe(userId: string, type: NotificationType) {
    const token = this.tokens.sign(userId, type);
    return { token, page: this.unsubscribePage(token), headers: this.unsubscribeHeaders(token) };
  }
}
