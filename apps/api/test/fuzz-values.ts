import fc from 'fast-check';
import { errorCode } from './challenge-helpers';
import type { ChallengeClient } from './challenge-helpers';

/** Error codes a refused generated input may get; anything else (a 500) fails the property. */
export const TYPED_ERRORS = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'PRECONDITION_FAILED',
  'CONFLICT',
];

/**
 * Generated texts: short binary strings, strings around a length limit (`long`), and values
 * that broke other systems (NUL, lone surrogates, SQL, LIKE wildcards, markup, `extra`).
 */
export function fuzzText(long: { min: number; max: number }, extra: string[] = []) {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', minLength: long.min, maxLength: long.max }),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '\ud800',
      "'; DROP TABLE input; --",
      '%_\\',
      '#',
      '<b>x</b>',
      ...extra,
    ),
  );
}

/** Any JSON value a client could send instead of the expected one. */
export function fuzzAnything(text: fc.Arbitrary<string>) {
  return fc.oneof(
    text,
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.uuid(), text), { maxLength: 7 }),
  );
}

/** Sends one generated call: never a 500, and a refusal is one of the typed errors. */
export async function expectTyped(
  client: ChallengeClient,
  query: string,
  variables: Record<string, unknown>,
) {
  const { status, body } = await client.session.gql(query, variables);
  expect(status).toBeLessThan(500);
  if (body.errors) expect(TYPED_ERRORS).toContain(errorCode(body));
}
