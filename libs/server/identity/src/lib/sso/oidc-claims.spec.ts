import { GlobalRole } from '@inspraak/contracts';
import {
  emailFromClaim,
  isVerified,
  parseRoleMap,
  roleFromClaim,
  safeReturnPath,
} from './oidc-claims';

describe('OpenID Connect claim mapping', () => {
  it('maps role claims only to known roles, ADMIN only when allowed', () => {
    const defaults = parseRoleMap(undefined);
    expect(roleFromClaim('manager', defaults, false)).toBe(GlobalRole.MANAGER);
    expect(roleFromClaim(['EMPLOYEE', 'Moderator'], defaults, false)).toBe(GlobalRole.MODERATOR);
    expect(roleFromClaim('ADMIN', defaults, false)).toBe(GlobalRole.EMPLOYEE);
    expect(roleFromClaim('ADMIN', defaults, true)).toBe(GlobalRole.ADMIN);
    expect(roleFromClaim('superuser', defaults, true)).toBe(GlobalRole.EMPLOYEE);
    expect(roleFromClaim(42, defaults, true)).toBe(GlobalRole.EMPLOYEE);
    const map = parseRoleMap('Inspraak.Beheer=ADMIN, Inspraak.Leiding=MANAGER');
    expect(roleFromClaim(['inspraak.leiding'], map, false)).toBe(GlobalRole.MANAGER);
    expect(roleFromClaim(['Inspraak.Beheer', 'Inspraak.Leiding'], map, false)).toBe(
      GlobalRole.MANAGER,
    );
    expect(roleFromClaim('MANAGER', map, false)).toBe(GlobalRole.EMPLOYEE);
  });

  it('accepts only well-formed e-mail addresses and explicit verification', () => {
    expect(emailFromClaim(' Eva@Voorbeeld.NL ')).toBe('eva@voorbeeld.nl');
    expect(emailFromClaim('not an address')).toBeNull();
    expect(emailFromClaim(['a@b.nl'])).toBeNull();
    expect(isVerified(true)).toBe(true);
    expect(isVerified('true')).toBe(true);
    expect(isVerified(undefined)).toBe(false);
    expect(isVerified(1)).toBe(false);
  });

  it('allows only same-origin relative return paths', () => {
    expect(safeReturnPath('/ideeen?x=1')).toBe('/ideeen?x=1');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'x',
      '/a\nb',
      5,
    ]) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});
