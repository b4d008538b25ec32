import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { AddressInfo, createServer as createNetServer } from 'node:net';

/** A free loopback port (the API and the provider must know each other's URL up front). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export type TestAccount = Record<string, unknown>;

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Seconds an authorization code lives; `tamperIdToken` alters the ID token it issues. */
  configure(settings: { codeTtl?: number; tamperIdToken?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`, an ES module, so in its own Node process) with its
 * development login and consent pages, which accept any login name: `accounts` holds the claims
 * of each.
 */
export async function startTestProvider(opts: {
  port: number;
  redirectUri: string;
  accounts: Record<string, TestAccount>;
}): Promise<TestProvider> {
  const clientId = 'inspraak-test';
  const clientSecret = 'inspraak-test-secret-0123456789abcdef';
  const child = spawn(
    process.execPath,
    [
      join(__dirname, 'oidc-provider-process.mjs'),
      JSON.stringify({ ...opts, clientId, clientSecret }),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Its start-up warnings (development keys, in-memory store, Node 20) are expected here.
  child.stderr.on('data', (d: Buffer) => {
    const lines = d.toString().split('\n');
    const other = lines.filter((l) => l && !l.startsWith('oidc-provider WARNING'));
    if (other.length) process.stderr.write(`${other.join('\n')}\n`);
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`test provider exited (${code})`)));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve();
    });
  });
  const issuer = `http://127.0.0.1:${opts.port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    async configure(settings) {
      await fetch(`${issuer}/__test/settings`, { method: 'POST', body: JSON.stringify(settings) });
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Cookies per origin, like a browser (paths and expiry ignored: enough for these flows). */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.jars.get(url.origin) ?? new Map<string, string>())]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  get(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  store(url: URL, res: Response) {
    const jar = this.jars.get(url.origin) ?? new Map<string, string>();
    this.jars.set(url.origin, jar);
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
  }

  async fetch(url: URL, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.header(url) },
    });
    this.store(url, res);
    return res;
  }
}

/**
 * Drives the provider's development login and consent forms as a browser would, from the
 * authorization URL until the provider redirects back to `callbackPrefix`; returns that URL.
 */
export async function signInAtProvider(
  jar: CookieJar,
  authorizationUrl: string,
  login: string,
  callbackPrefix: string,
): Promise<URL> {
  let url = new URL(authorizationUrl);
  let res = await jar.fetch(url);
  for (let step = 0; step < 20; step++) {
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url);
      if (url.href.startsWith(callbackPrefix)) return url;
      res = await jar.fetch(url);
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(`unexpected provider page (${res.status}): ${html.slice(0, 300)}`);
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', login);
      form.set('password', 'any');
    }
    url = new URL(action, url);
    res = await jar.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
  }
  throw new Error('the provider did not redirect back');
}
