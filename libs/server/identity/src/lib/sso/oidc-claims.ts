import { GlobalRole } from '@inspraak/contracts';

/** Highest first: when a claim lists several roles, the strongest allowed one wins. */
const RANK: GlobalRole[] = [
  GlobalRole.ADMIN,
  GlobalRole.MANAGER,
  GlobalRole.MODERATOR,
  GlobalRole.EMPLOYEE,
];

/** `Value=ROLE,Other=ROLE` (OIDC_ROLE_MAP) to a lookup by lower-cased claim value. */
export function parseRoleMap(raw: string | undefined): Map<string, GlobalRole> {
  const map = new Map<string, GlobalRole>();
  if (!raw) {
    for (const r of RANK) map.set(r.toLowerCase(), r);
    return map;
  }
  for (const pair of raw.split(',')) {
    const [value, role] = pair.split('=').map((s) => s.trim());
    if (value && role && (RANK as string[]).includes(role)) {
      map.set(value.toLowerCase(), role as GlobalRole);
    }
  }
  return map;
}

/**
 * The global role a role claim grants: only roles in the map, ADMIN only when allowed, and
 * EMPLOYEE for anything else (a provider can never invent a role).
 */
export function roleFromClaim(
  claim: unknown,
  map: Map<string, GlobalRole>,
  allowAdmin: boolean,
): GlobalRole {
  const values = (Array.isArray(claim) ? claim : [claim]).filter(
    (v): v is string => typeof v === 'string',
  );
  const granted = new Set(
    values
      .map((v) => map.get(v.trim().toLowerCase()))
      .filter((r): r is GlobalRole => !!r && (allowAdmin || r !== GlobalRole.ADMIN)),
  );
  return RANK.find((r) => granted.has(r)) ?? GlobalRole.EMPLOYEE;
}

/** Some providers send `"true"`; anything but true means not verified. */
export const isVerified = (v: unknown) => v === true || v === 'true';

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

export function emailFromClaim(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const email = v.trim().toLowerCase();
  return email.length <= 320 && EMAIL.test(email) ? email : null;
}

/**
 * A return path after sign-in: only a same-origin relative path ("/x?y"), never "//host",
 * "/\host", a scheme or control characters (open redirect).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  return value;
}
