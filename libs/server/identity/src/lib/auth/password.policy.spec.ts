import { checkPassword } from './password.policy';
import { COMMON_PASSWORDS } from './common-passwords';

describe('password rules', () => {
  it('accepts a long passphrase of your own', () => {
    expect(checkPassword('paarse fiets op de dijk')).toBeNull();
    expect(checkPassword('Inspraak-demo-2026!')).toBeNull();
  });

  it('refuses short passwords, counting characters rather than bytes', () => {
    expect(checkPassword('korte-zin-1')).toBe('TOO_SHORT');
    expect(checkPassword('ééééééééééé')).toBe('TOO_SHORT');
    expect(checkPassword('x'.repeat(257))).toBe('TOO_LONG');
  });

  it('refuses common passwords and common words padded with digits or symbols', () => {
    expect(checkPassword('password1234')).toBe('TOO_COMMON');
    expect(checkPassword('QwertyUiop123')).toBe('TOO_COMMON');
    expect(checkPassword('Welkom2026!!!')).toBe('TOO_COMMON');
    expect(checkPassword('wachtwoord123456')).toBe('TOO_COMMON');
    expect(checkPassword('aaaaaaaaaaaaaaaa')).toBe('TOO_COMMON');
    expect(checkPassword('abababababab')).toBe('TOO_COMMON');
  });

  it('refuses a password containing the e-mail name', () => {
    expect(checkPassword('jan.jansen is mijn naam', 'Jan.Jansen@voorbeeld.nl')).toBe(
      'CONTAINS_EMAIL',
    );
  });

  it('ships a list of common passwords in lower case', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(500);
    for (const p of COMMON_PASSWORDS) expect(p).toBe(p.toLowerCase());
  });
});
