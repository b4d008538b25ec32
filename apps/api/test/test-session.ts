import type { GqlBody } from './test-api';

/**
 * A browser-like client of the test API: keeps the session cookie between requests and can
 * pretend to come from another IP address (the test API trusts X-Forwarded-For when started
 * with TRUST_PROXY=true).
 */
export class TestSession {
  cookies = new Map<string, string>();
  lastSetCookie: string[] = [];

  constructor(
    private readonly url: string,
    private readonly ip?: string,
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async gql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: GqlBody<T> }> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
        ...(this.ip ? { 'x-forwarded-for': this.ip } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookie = res.headers.getSetCookie();
    for (const c of this.lastSetCookie) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=') as [string, string];
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, body: (await res.json()) as GqlBody<T> };
  }

  async signIn(email: string, password: string) {
    return this.gql<{ signIn: { id: string; role: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { id role } }',
      { input: { email, password } },
    );
  }

  /** Signs in and fails the test when that does not work. */
  async signInOrFail(email: string, password: string): Promise<this> {
    const { body } = await this.signIn(email, password);
    if (body.errors) throw new Error(`sign-in as ${email} failed: ${body.errors[0].message}`);
    return this;
  }
}

export const errorCode = (body: GqlBody<unknown>) => body.errors?.[0]?.extensions?.code;
