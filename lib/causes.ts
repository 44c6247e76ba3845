// Walks an error and the errors it wraps (`cause`, or GraphQL's `originalError`), for checks of a database fault.

/** An error or one of its causes, read field by field (all fields unknown until checked). */
export type Cause = Readonly<Record<string, unknown>>;

/** Deepest chain followed: drizzle wraps the driver's error once, GraphQL once more; this leaves room and stops loops. */
const maxDepth = 8;

/**
 * The error itself, then what it wraps, outermost first: `cause` (drizzle's `DrizzleQueryError` holds the driver's
 * error there), else `originalError` (a `GraphQLError` holds the resolver's error there). Stops at a non-object, at
 * an error seen before, or after `maxDepth` links.
 */
export function* causes(err: unknown): Generator<Cause> {
  const seen = new Set<object>();
  let e: unknown = err;
  while (e !== null && typeof e === 'object' && !seen.has(e) && seen.size < maxDepth) {
    seen.add(e);
    const cause = e as Cause;
    yield cause;
    e = cause.cause ?? cause.originalError;
  }
}

/** The first of the error and its causes that `match` accepts, or undefined. */
export function findCause(err: unknown, match: (cause: Cause) => boolean): Cause | undefined {
  for (const c of causes(err)) if (match(c)) return c;
  return undefined;
}
