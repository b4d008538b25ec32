import fc from 'fast-check';
import { AppError } from '@inspraak/server-errors';
import { decodeCursor, encodeCursor, toConnection } from './pagination';

describe('cursors', () => {
  it('round-trip any keyset values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), {
          minLength: 1,
          maxLength: 4,
        }),
        (values) => {
          expect(decodeCursor(encodeCursor(values), values.length)).toEqual(values);
        },
      ),
    );
  });

  it('reject anything else with a typed error', () => {
    fc.assert(
      fc.property(fc.string(), (garbage) => {
        try {
          decodeCursor(garbage, 2);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).fields[0].code).toBe('INVALID_CURSOR');
        }
      }),
    );
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(AppError);
  });
});

describe('toConnection', () => {
  it('uses the extra row only to tell there is a next page', () => {
    const c = toConnection([1, 2, 3], 2, (n) => `c${n}`);
    expect(c.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c2' });
    expect(toConnection([1], 2, (n) => `c${n}`).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: 'c1',
    });
    expect(toConnection([], 2, String).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
