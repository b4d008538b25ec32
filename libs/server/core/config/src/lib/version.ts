import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The platform version from the root package.json (found from source or from dist/). */
export function readVersion(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 10; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'inspraak' && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return '0.0.0';
}
