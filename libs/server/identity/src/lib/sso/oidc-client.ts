import { Inject, Injectable } from '@nestjs/common';
// openid-client is an ES module without top-level await: Node ≥ 20.19 loads it with require()
// from the CommonJS server bundle, and Jest compiles it (see jest.config.js).
import * as openidClient from 'openid-client';
import type { Configuration } from 'openid-client';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';

export type Oidc = typeof openidClient;

/**
 * The provider's metadata, discovered once per process and kept (it is the provider's public
 * configuration, not state another replica needs); a failed discovery is retried next time.
 */
@Injectable()
export class OidcClient {
  private discovered?: Promise<{ oidc: Oidc; configuration: Configuration }>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!(this.config.oidcIssuerUrl && this.config.oidcClientId);
  }

  get redirectUri(): string {
    return `${this.config.publicUrl.replace(/\/+$/, '')}/api/auth/oidc/callback`;
  }

  get(): Promise<{ oidc: Oidc; configuration: Configuration }> {
    this.discovered ??= this.discover().catch((e: unknown) => {
      this.discovered = undefined;
      throw e;
    });
    return this.discovered;
  }

  private async discover() {
    const oidc = openidClient;
    const issuer = new URL(this.config.oidcIssuerUrl!);
    const secret = this.config.oidcClientSecret;
    const configuration = await oidc.discovery(
      issuer,
      this.config.oidcClientId!,
      secret ? { client_secret: secret } : undefined,
      secret ? oidc.ClientSecretBasic(secret) : oidc.None(),
      // Plain http only outside production (a provider started by the tests or on a laptop).
      issuer.protocol === 'http:' && !this.config.isProduction
        ? { execute: [oidc.allowInsecureRequests], timeout: 10 }
        : { timeout: 10 },
    );
    // Verify ID token signatures against the provider's keys too (openid-client otherwise trusts
    // the TLS channel of the token endpoint alone): a token altered anywhere is refused.
    oidc.enableNonRepudiationChecks(configuration);
    return { oidc, configuration };
  }
}
