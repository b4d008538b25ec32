import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (about 20–40 ms on one core). */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordHasher {
  /** Compared against when the account does not exist, so timing does not reveal that. */
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(hashed: string | null, password: string): Promise<boolean> {
    if (!hashed) {
      this.dummy ??= hash('inspraak-dummy-password', OPTIONS);
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return verify(hashed, password).catch(() => false);
  }
}
