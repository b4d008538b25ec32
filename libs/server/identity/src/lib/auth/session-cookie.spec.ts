import { loadConfig } from '@inspraak/server-config';
import {
  cookieOptions,
  hashSessionToken,
  newSessionToken,
  readSessionToken,
  sessionCookieName,
} from './session-cookie';
import type { Request } from 'express';

describe('session cookie', () => {
  const dev = loadConfig({});
  const prod = loadConfig({
    NODE_ENV: 'production',
    APP_SECRET: 'x'.repeat(40),
    DATABASE_URL: 'postgres://db/x',
  });

  it('is httpOnly and SameSite=Lax, Secure with the __Host- prefix in production', () => {
    expect(cookieOptions(dev)).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false });
    expect(cookieOptions(prod)).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true });
    expect(sessionCookieName(prod)).toBe('__Host-inspraak_session');
    expect(sessionCookieName(dev)).toBe('inspraak_session');
  });

  it('makes 256-bit random tokens stored as their SHA-256', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.id).toBe(hashSessionToken(a.token));
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads only well-formed tokens from the cookie', () => {
    const { token } = newSessionToken();
    const req = (v: unknown) => ({ cookies: { inspraak_session: v } }) as unknown as Request;
    expect(readSessionToken(req(token), dev)).toBe(token);
    expect(readSessionToken(req(`${token}x`), dev)).toBeNull();
    expect(readSessionToken(req(['a']), dev)).toBeNull();
    expect(readSessionToken({} as Request, dev)).toBeNull();
  });
});
