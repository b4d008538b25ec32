import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** Identifies this process in platform_instance (host name plus a random suffix per start). */
export const PROCESS_INSTANCE = {
  /** Row id of this process in a role (one embedded process is both an API and a worker). */
  as(role: 'api' | 'worker'): string {
    return `${role}-${this.id}`;
  },
  id: `${hostname()
    .replace(/[^A-Za-z0-9.-]/g, '-')
    .slice(0, 40)}-${process.pid}-${randomBytes(3).toString('hex')}`,
  startedAt: new Date(),
};
