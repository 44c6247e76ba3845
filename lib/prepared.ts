// Prepared statements for the hot per-request loaders: drizzle renders the SQL once per database handle, and
// postgres.js prepares it once per connection (Parse/Describe once, then only Bind/Execute), instead of rebuilding and
// re-planning the statement on every batch. Keys travel as one array parameter (`= any($1)`), so the text is fixed.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyColumn } from 'drizzle-orm';
import type { Db } from './db.js';

const cache = new WeakMap<Db, Map<string, unknown>>();

/** The prepared query `name` for this database handle, built by `build` on first use. */
export function prepared<Q>(db: Db, name: string, build: (db: Db) => Q): Q {
  let byName = cache.get(db);
  if (!byName) cache.set(db, (byName = new Map()));
  let q = byName.get(name) as Q | undefined;
  if (q === undefined) byName.set(name, (q = build(db)));
  return q;
}

/** `column = any($placeholder)`: membership in an array bound as one parameter (the prepared form of `inArray`). */
export function inPlaceholder(column: AnyColumn, placeholder: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholder)})`;
}

/** A raw statement prepared once: `execute` binds the placeholders and resolves with the driver's rows. */
export interface PreparedRaw { execute(placeholders: Record<string, unknown>): Promise<unknown> }

/**
 * A raw `sql` statement (with `sql.placeholder`s) prepared like a query builder's `.prepare(name)`: drizzle exposes
 * `.prepare` only on builders, so this calls the same session method its `db.execute` uses, with a name (postgres.js
 * then prepares it per connection). Rows come back as `db.execute` gives them (read them with `rowsOf`).
 */
export function preparedRaw(db: Db, name: string, query: SQL): PreparedRaw {
  return prepared(db, name, (d) => {
    const inner = d as unknown as {
      dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
      session: { prepareQuery(q: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: boolean): PreparedRaw };
    };
    return inner.session.prepareQuery(inner.dialect.sqlToQuery(query), undefined, name, false);
  });
}
