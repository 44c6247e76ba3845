// Prepared statements for the hot per-request loaders: drizzle renders the SQL once per database handle, and
// postgres.js prepares it once per connection (Parse/Describe once, then only Bind/Execute), instead of rebuilding and
// re-planning the statement on every batch. Keys travel as one array parameter (`= any($1)`), so the text is fixed.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyColumn } from 'drizzle-orm';
import type { Db } from './db.js';
import { rowsOf } from './rows.js';

const cache = new WeakMap<Db, Map<string, unknown>>();

/** The statement `name` of this database handle, made by `make` on first use. */
function once<Q>(db: Db, name: string, make: (db: Db) => Q): Q {
  let byName = cache.get(db);
  if (!byName) cache.set(db, (byName = new Map<string, unknown>()));
  let q = byName.get(name) as Q | undefined;
  if (q === undefined) byName.set(name, (q = make(db)));
  return q;
}

/** The query builder `build` returns, prepared as `name` once per database handle (`build` runs on first use only). */
export function prepared<Q>(db: Db, name: string, build: (db: Db) => { prepare(name: string): Q }): Q {
  return once(db, name, (d) => build(d).prepare(name));
}

/** `column = any($placeholder)`: membership in an array bound as one parameter (the prepared form of `inArray`). */
export function inPlaceholder(column: AnyColumn, placeholder: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholder)})`;
}

/** A raw statement prepared once: `execute` binds the placeholders and resolves with the rows. */
export interface PreparedRaw<T> {
  execute(placeholders: Record<string, unknown>): Promise<T[]>;
}

/**
 * The raw `sql` statement `build` returns (with `sql.placeholder`s), prepared as `name` like a query builder's
 * `.prepare(name)` (postgres.js then prepares it once per connection). `T` is the row shape the SQL selects.
 */
export function preparedRaw<T>(db: Db, name: string, build: () => SQL): PreparedRaw<T> {
  return once(db, name, (d) => {
    const statement = namedStatement(d, name, build());
    return { execute: async (placeholders) => rowsOf<T>(await statement.execute(placeholders)) };
  });
}

/**
 * The one place that relies on drizzle beyond its documented API (0.45 documents `.prepare(name)` on query builders
 * only, not on raw `sql`): `db.execute(query).getQuery()` renders the statement, and `db._.session.prepareQuery` is
 * the call `db.execute` itself makes, here with a name. Both are public in drizzle's type declarations (no cast);
 * test/prepared-raw.test.ts fails on both drivers the day an upgrade changes either.
 */
function namedStatement(db: Db, name: string, query: SQL) {
  return db._.session.prepareQuery(db.execute(query).getQuery(), undefined, name, false);
}
