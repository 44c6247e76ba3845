// Prepared statements for the hot per-request loaders: drizzle renders the SQL once per database handle, and
// postgres.js prepares it once per connection (Parse/Describe once, then only Bind/Execute), instead of rebuilding and
// re-planning the statement on every batch. Keys travel as one array parameter (`= any($1)`), so the text is fixed.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyColumn } from 'drizzle-orm';
import type { Db } from './db.js';

const cache = new WeakMap<Db, Map<string, unknown>>();

/** The statement `name` of this database handle, made by `make` on first use. */
function once<Q>(db: Db, name: string, make: (db: Db) => Q): Q {
  let byName = cache.get(db);
  if (!byName) cache.set(db, (byName = new Map()));
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

/** A raw statement prepared once: `execute` binds the placeholders and resolves with the driver's rows. */
export interface PreparedRaw {
  execute(placeholders: Record<string, unknown>): Promise<unknown>;
}

/**
 * The raw `sql` statement `build` returns (with `sql.placeholder`s), prepared as `name` like a query builder's
 * `.prepare(name)`: drizzle exposes `.prepare` only on builders, so this calls the same session method its
 * `db.execute` uses, with a name (postgres.js then prepares it per connection). Rows come back as `db.execute` gives
 * them (read them with `rowsOf`).
 */
export function preparedRaw(db: Db, name: string, build: () => SQL): PreparedRaw {
  return once(db, name, (d) => {
    const inner = d as unknown as {
      dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
      session: {
        prepareQuery(
          q: { sql: string; params: unknown[] },
          fields: undefined,
          name: string,
          arrayMode: boolean,
        ): PreparedRaw;
      };
    };
    return inner.session.prepareQuery(inner.dialect.sqlToQuery(build()), undefined, name, false);
  });
}
