/**
 * The rows of an UPDATE/DELETE … RETURNING through TypeORM's `query`: PostgreSQL and PGlite
 * answer `[rows, affectedCount]` for those, plain rows for SELECT and INSERT.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
