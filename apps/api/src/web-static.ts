import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const API_PREFIXES = ['/graphql', '/health', '/api/'];

/**
 * Serves the built web app: hashed assets cached for a year, index.html for every other GET that
 * accepts HTML (client-side routes). Returns false when no build is present (API only).
 */
export function serveWebApp(app: express.Express, distDir: string): boolean {
  const dir = resolve(distDir);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    '/assets',
    express.static(join(dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      API_PREFIXES.some((p) => req.path.startsWith(p)) ||
      !req.accepts('html')
    ) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
