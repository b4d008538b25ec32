import type { CookieOptions, Request, Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { AppConfig } from '@inspraak/server-config';

/**
 * In production the `__Host-` prefix makes the browser insist on Secure, Path=/ and no Domain,
 * so a sibling subdomain cannot plant or read the cookie.
 */
export function sessionCookieName(config: AppConfig): string {
  return config.isProduction ? '__Host-inspraak_session' : 'inspraak_session';
}

export function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.isProduction, path: '/' };
}

/** A fresh 256-bit token and the SHA-256 under which it is stored. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function readSessionToken(req: Request, config: AppConfig): string | null {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[sessionCookieName(config)];
  // base64url of 32 bytes is 43 characters; anything else is not ours.
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export function setSessionCookie(res: Response, config: AppConfig, token: string) {
  res.cookie(sessionCookieName(config), token, {
    ...cookieOptions(config),
    maxAge: config.sessionMaxAgeHours * 3600_000,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig) {
  res.clearCookie(sessionCookieName(config), cookieOptions(config));
}
