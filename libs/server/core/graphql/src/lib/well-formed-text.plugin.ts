import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ValidationError } from '@inspraak/server-errors';

/** An unpaired surrogate code unit (without the `u` flag the regex sees UTF-16 code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string in `value` that is not well-formed UTF-16 (an unpaired surrogate
 * such as `"\ud800"` in JSON), e.g. `input.text`; null when every string is well-formed.
 */
export function malformedTextPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = malformedTextPath(item, `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = malformedTextPath(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Text that cannot be stored: JSON lets a client send an unpaired surrogate, which is not a
 * character, and PostgreSQL refuses it in json columns (a 500 deep in a resolver). Variables are
 * checked once, before any resolver runs, and refused as BAD_USER_INPUT (INVALID_TEXT) with
 * the variable's path. (String literals in the document cannot hold one: graphql-js refuses an
 * unpaired surrogate escape when it parses.)
 */
export const wellFormedTextPlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ request }) => {
        const path = malformedTextPath(request.variables ?? {});
        if (path !== null) {
          const error = new ValidationError([
            { field: path, code: 'INVALID_TEXT', message: 'Text must be valid Unicode' },
          ]);
          throw new GraphQLError(error.message, {
            originalError: error,
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        return Promise.resolve();
      },
    }),
};
