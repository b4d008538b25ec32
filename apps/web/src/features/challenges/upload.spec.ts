import { describe, expect, it } from 'vitest';
import { problemOf } from './upload';

describe('upload problems', () => {
  it('uses the route’s reason when it is one we can explain', () => {
    const body = { errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'TYPE_MISMATCH' } }] };
    expect(problemOf(415, body)).toBe('TYPE_MISMATCH');
  });

  it('falls back on the status', () => {
    expect(problemOf(413, null)).toBe('TOO_LARGE');
    expect(problemOf(401, { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })).toBe(
      'UNAUTHENTICATED',
    );
    expect(problemOf(500, { errors: [{ extensions: { reason: 'SOMETHING_NEW' } }] })).toBe(
      'UNKNOWN',
    );
  });
});
