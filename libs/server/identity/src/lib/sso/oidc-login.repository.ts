import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OidcLoginEntity } from './oidc-login.entity';

export type PendingLogin = Pick<OidcLoginEntity, 'codeVerifier' | 'nonce' | 'returnTo'>;

@Injectable()
export class OidcLoginRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: Omit<OidcLoginEntity, 'createdAt'>): Promise<void> {
    await this.dataSource.getRepository(OidcLoginEntity).insert(row);
  }

  /** Reads and deletes in one statement: a state can be used once, by one replica only. */
  async consume(id: string): Promise<PendingLogin | null> {
    const rows = await this.dataSource.query<
      { code_verifier: string; nonce: string; return_to: string }[]
    >(
      `DELETE FROM oidc_login WHERE id = $1 AND expires_at > now()
       RETURNING code_verifier, nonce, return_to`,
      [id],
    );
    // pg returns [rows, count] for DELETE … RETURNING through TypeORM.
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as typeof rows;
    const r = list[0];
    return r ? { codeVerifier: r.code_verifier, nonce: r.nonce, returnTo: r.return_to } : null;
  }

  async deleteExpired(): Promise<void> {
    await this.dataSource.query('DELETE FROM oidc_login WHERE expires_at < now()');
  }
}
