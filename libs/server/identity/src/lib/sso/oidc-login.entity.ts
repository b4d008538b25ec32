import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A single sign-on attempt between the redirect to the provider and its callback: the PKCE code
 * verifier and nonce stay on the server, keyed by the SHA-256 of the `state` (the browser only
 * carries `state`). Short-lived and single use: the callback deletes the row it reads.
 */
@Entity('oidc_login')
export class OidcLoginEntity {
  /** Hex SHA-256 of the `state` parameter. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 128 })
  codeVerifier!: string;

  @Column({ type: 'varchar', length: 128 })
  nonce!: string;

  /** Same-origin relative path to return to after sign-in. */
  @Column({ type: 'varchar', length: 2000 })
  returnTo!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}

export const SSO_ENTITIES = [OidcLoginEntity];
