import { ErrorCode } from '@inspraak/contracts';
import { AppError } from '@inspraak/server-errors';
import { ModeratedContentProvider, ModerationRegistry } from './moderation.registry';
import { isPgTimestamp } from './moderation.service';

const provider = (kind: string): ModeratedContentProvider => ({
  kind,
  assertVisible: () => Promise.resolve(),
  describe: () => Promise.resolve(new Map()),
  setHidden: () => Promise.resolve(),
});

describe('ModerationRegistry', () => {
  it('returns the provider of a kind and lists the kinds', () => {
    const registry = new ModerationRegistry();
    const idea = provider('idea');
    registry.register(idea);
    registry.register(provider('comment'));
    expect(registry.get('idea')).toBe(idea);
    expect(registry.kinds()).toEqual(['comment', 'idea']);
  });

  it('refuses a kind twice and malformed kinds', () => {
    const registry = new ModerationRegistry();
    registry.register(provider('idea'));
    expect(() => registry.register(provider('idea'))).toThrow(/twice/);
    expect(() => registry.register(provider('Idea'))).toThrow(/invalid/);
    expect(() => registry.register(provider('a'.repeat(33)))).toThrow(/invalid/);
  });

  it('answers an unknown kind as a field error of the input', () => {
    const registry = new ModerationRegistry();
    let error: unknown;
    try {
      registry.get('roast');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.BadUserInput);
    expect((error as AppError).fields).toEqual([
      expect.objectContaining({ field: 'input.kind', code: 'UNKNOWN_KIND' }),
    ]);
  });
});

describe('isPgTimestamp (queue cursor)', () => {
  it('accepts what PostgreSQL prints and refuses dates that do not exist', () => {
    expect(isPgTimestamp('2026-11-28 20:40:01.123456+00')).toBe(true);
    expect(isPgTimestamp('2026-11-28 20:40:01+01:00')).toBe(true);
    for (const bad of [
      '2026-02-31 10:00:00+00',
      '2026-11-28T20:40:01Z',
      '0000-01-01 00:00:00+00',
      '2026-11-28 24:00:00+00',
      "2026-11-28 20:40:01+00'; --",
    ]) {
      expect(isPgTimestamp(bad)).toBe(false);
    }
  });
});
