// Rows of a raw `db.execute`: postgres.js answers with an array of rows, PGlite with `{ rows }`.

/**
 * The rows of a raw statement's result, whichever driver answered. `T` is the row shape the SQL selects (the
 * caller's promise: raw SQL has no column types), e.g. `rowsOf<{ day: string | null }>(await db.execute(q))`.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (Array.isArray(rows)) return rows as T[];
  const got = result === null ? 'null' : typeof result === 'object' ? `an object without rows` : typeof result;
  throw new Error(`expected a statement result (an array of rows, or an object with a rows array), got ${got}`);
}
