import { AppConfig } from '@inspraak/server-config';
import { NOTIFICATION_TYPES, NotificationSource } from './contract';
import { localDayAndHour } from './notification-digest.service';
import { NotificationSourceRegistry } from './notification-source.registry';
import { defaultPreference, enumToType, typeToEnum } from './preferences';
import { returnedRows } from './sql';
import { UnsubscribeTokens } from './unsubscribe-token';

const source = (types: NotificationSource['types']): NotificationSource => ({
  types,
  recipients: async () => ({ userIds: [], next: null }),
  anonymousRecipient: async () => null,
  resolveAnonymous: async () => null,
  anonymousContentOf: async () => [],
  render: () => ({ title: 't', body: null, path: '/' }),
});

describe('NotificationSourceRegistry', () => {
  it('knows one source per type and refuses a second', () => {
    const r = new NotificationSourceRegistry();
    const a = source(['input.status-changed', 'input.merged']);
    r.register(a);
    expect(r.forType('input.merged')).toBe(a);
    expect(r.has('feedback.overdue')).toBe(false);
    expect(() => r.register(source(['input.merged']))).toThrow(/two sources/);
    expect(() => r.forType('feedback.overdue')).toThrow(/no source/);
    expect(() => r.register(source(['nope' as never]))).toThrow(/unknown/);
  });

  it('lets an override answer ahead of the registered source, and removes it again', () => {
    const r = new NotificationSourceRegistry();
    const real = source(['input.merged']);
    r.register(real);
    const test = source(['input.merged', 'feedback.overdue']);
    const restore = r.override(test);
    expect(r.forType('input.merged')).toBe(test);
    expect(r.all()).toEqual([test]);
    restore();
    expect(r.forType('input.merged')).toBe(real);
    expect(r.has('feedback.overdue')).toBe(false);
  });
});

describe('UnsubscribeTokens', () => {
  const tokens = new UnsubscribeTokens({ appSecret: 'x'.repeat(40) } as AppConfig);
  const other = new UnsubscribeTokens({ appSecret: 'y'.repeat(40) } as AppConfig);
  const user = '7060c88a-2e85-4826-bcac-f5c0e644b29d';

  it('verifies its own tokens and names the user and type', () => {
    const t = tokens.sign(user, 'input.merged');
    expect(tokens.verify(t)).toMatchObject({ userId: user, type: 'input.merged' });
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it('refuses expired, forged, foreign and malformed tokens', () => {
    const t = tokens.sign(user, 'input.merged', new Date('2020-01-01'));
    expect(tokens.verify(t)).toBeNull();
    const fresh = tokens.sign(user, 'input.merged');
    expect(other.verify(fresh)).toBeNull();
    const [payload, mac] = fresh.split('.');
    const swapped = Buffer.from(
      Buffer.from(payload, 'base64url').toString().replace('input.merged', 'feedback.overdue'),
    ).toString('base64url');
    expect(tokens.verify(`${swapped}.${mac}`)).toBeNull();
    for (const bad of ['', '.', 'a.b', `${fresh}.x`, 'x'.repeat(400), `${payload}.`]) {
      expect(tokens.verify(bad)).toBeNull();
    }
  });
});

describe('preferences and helpers', () => {
  it('maps every type to its GraphQL name and back', () => {
    for (const t of NOTIFICATION_TYPES) expect(enumToType(typeToEnum(t))).toBe(t);
    expect(typeToEnum('input.status-changed')).toBe('INPUT_STATUS_CHANGED');
    expect(enumToType('NOPE')).toBeNull();
  });

  it('defaults to in-app on, mail at once, the overdue reminders as a daily digest', () => {
    expect(defaultPreference('input.status-changed')).toMatchObject({
      inApp: true,
      email: 'IMMEDIATE',
    });
    expect(defaultPreference('feedback.overdue').email).toBe('DAILY_DIGEST');
    expect(defaultPreference('pulse.action-published').email).toBe('DAILY_DIGEST');
  });

  it('tells the Amsterdam day and hour (summer and winter time)', () => {
    expect(localDayAndHour(new Date('2026-07-01T22:30:00Z'))).toEqual({
      day: '2026-07-02',
      hour: 0,
    });
    expect(localDayAndHour(new Date('2026-01-15T06:59:00Z'))).toEqual({
      day: '2026-01-15',
      hour: 7,
    });
  });

  it('reads the rows of UPDATE … RETURNING in both shapes', () => {
    expect(returnedRows([[{ id: 1 }], 1])).toEqual([{ id: 1 }]);
    expect(returnedRows([{ id: 1 }, { id: 2 }])).toEqual([{ id: 1 }, { id: 2 }]);
  });
});
