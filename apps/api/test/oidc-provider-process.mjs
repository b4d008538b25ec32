// A real OpenID provider (oidc-provider, an ES module) in its own Node process, for the single
// sign-on tests: `node oidc-provider-process.mjs '<json options>'`. Prints "ready" when listening.
// POST /__test/settings {"codeTtl": 1, "tamperIdToken": true} changes its behaviour.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const opts = JSON.parse(process.argv[2]);
const settings = { codeTtl: 60, tamperIdToken: false };
const issuer = `http://127.0.0.1:${opts.port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: opts.clientId,
      client_secret: opts.clientSecret,
      redirect_uris: [opts.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  conformIdTokenClaims: false,
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'org_unit', 'roles'],
  },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, ...(opts.accounts[id] ?? {}) }),
  }),
  ttl: { AuthorizationCode: () => settings.codeTtl },
  cookies: { keys: ['inspraak-test-cookie-key'] },
  features: { devInteractions: { enabled: true } },
});
const handle = provider.callback();

/** Rewrites the e-mail claim inside the signed ID token, keeping the original signature. */
function tamperTokenResponse(res) {
  const end = res.end.bind(res);
  res.end = (chunk, ...rest) => {
    if (chunk && res.statusCode === 200) {
      const body = JSON.parse(String(chunk));
      if (body.id_token) {
        const [h, p, s] = body.id_token.split('.');
        const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
        claims.email = 'admin@voorbeeld.nl';
        body.id_token = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
        const text = JSON.stringify(body);
        res.setHeader('content-length', Buffer.byteLength(text));
        return end(text, ...rest);
      }
    }
    return end(chunk, ...rest);
  };
}

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/__test/settings') {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      Object.assign(settings, JSON.parse(data));
      res.end('ok');
    });
    return;
  }
  if (settings.tamperIdToken && req.url?.startsWith('/token')) tamperTokenResponse(res);
  handle(req, res);
});
server.listen(opts.port, '127.0.0.1', () => process.stdout.write('ready\n'));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
