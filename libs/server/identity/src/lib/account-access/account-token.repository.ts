import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@inspraak/contracts';
import { AppError } from '@inspraak/server-errors';
import { hashSessionToken, newSessionToken } from '../auth/session-cookie';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity';

export class TokenError extends AppError {
  constructor(code: ErrorCode.TokenInvalid | ErrorCode.TokenExpired | ErrorCode.TokenUsed) {
    const messages = {
      [ErrorCode.TokenInvalid]: 'This link is not valid. Ask for a new one.',
      [ErrorCode.TokenExpired]: 'This link has expired. Ask for a new one.',
      [ErrorCode.TokenUsed]: 'This link was already used. Ask for a new one if you need it.',
    };
    super(code, messages[code]);
  }
}

/** base64url of 32 bytes; anything else cannot be ours and is refused without a query. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

@Injectable()
export class AccountTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new token for the user; unused tokens of the same purpose stop working. */
  async issue(
    m: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    validMs: number,
  ): Promise<string> {
    const { token, id } = newSessionToken();
    await m.query(
      'DELETE FROM account_token WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL',
      [userId, purpose],
    );
    await m.insert(AccountTokenEntity, {
      id,
      userId,
      purpose,
      expiresAt: new Date(Date.now() + validMs),
      usedAt: null,
    });
    return token;
  }

  /** The user a usable token belongs to, or a typed error saying why it is not usable. */
  async check(
    token: string,
    purpose: AccountTokenPurpose,
    m: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    if (!TOKEN_PATTERN.test(token)) throw new TokenError(ErrorCode.TokenInvalid);
    const row = await m.findOne(AccountTokenEntity, {
      where: { id: hashSessionToken(token), purpose },
    });
    if (!row) throw new TokenError(ErrorCode.TokenInvalid);
    if (row.usedAt) throw new TokenError(ErrorCode.TokenUsed);
    if (row.expiresAt.getTime() <= Date.now()) throw new TokenError(ErrorCode.TokenExpired);
    return row.userId;
  }

  /**
   * Marks the token used, atomically: of two concurrent uses exactly one wins. Returns the
   * user id; throws the typed error when the token was used or expired meanwhile.
   */
  async consume(m: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<string> {
    const [rows] = await m.query<[{ user_id: string }[], number]>(
      `UPDATE account_token SET used_at = now()
        WHERE id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [hashSessionToken(token), purpose],
    );
    if (rows[0]) return rows[0].user_id;
    // Same connection: never wait on a second one while holding a transaction.
    await this.check(token, purpose, m);
    throw new TokenError(ErrorCode.TokenInvalid);
  }
}
