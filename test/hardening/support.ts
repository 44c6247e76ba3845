// Helpers shared by the hardening suites: a database change counter and a leak check for response bodies.
import { rowsOf } from '../../lib/rows.js';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../lib/db.js';

/** Schemas that hold the application's tables (everything but system and migration bookkeeping). */
const skipSchemas = "('pg_catalog', 'information_schema', 'drizzle', 'hardening_audit')";

/**
 * Installs a row-level trigger on every application table that counts changed rows in `hardening_audit.changes`.
 * Rolled-back writes roll the count back too, so the count moves exactly when the database changed.
 */
export async function installChangeCounter(db: Db): Promise<() => Promise<number>> {
  for (const stmt of [
    'create schema if not exists hardening_audit',
    'create table if not exists hardening_audit.changes (n bigint not null)',
    'insert into hardening_audit.changes select 0 where not exists (select 1 from hardening_audit.changes)',
    `create or replace function hardening_audit.bump() returns trigger language plpgsql as
      $$ begin update hardening_audit.changes set n = n + 1; return null; end $$`,
  ])
    await db.execute(sql.raw(stmt));
  const tables = await db.execute(
    sql.raw(`select table_schema as s, table_name as t from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ${skipSchemas} and table_schema not like 'pg_%'`),
  );
  const rows = rowsOf<{ s: string; t: string }>(tables);
  for (const { s, t } of rows) {
    await db.execute(
      sql.raw(`create or replace trigger hardening_count after insert or update or delete
      on "${s}"."${t}" for each row execute function hardening_audit.bump()`),
    );
  }
  expect(rows.length).toBeGreaterThan(3);
  return async () => {
    const res = await db.execute(sql.raw('select n from hardening_audit.changes'));
    const r = rowsOf<{ n: string | number }>(res);
    return Number(r[0].n);
  };
}

/** Markers of internals that must never reach a client: stack frames, file paths, SQL errors, addresses. */
const leakMarkers: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>]+ \(?(?:file:|\/|node:)[^)\s]*:\d+:\d+/],
  ['source path', /node_modules|\/work\/|\.ts:\d+/],
  [
    'SQL failure',
    /Failed query|syntax error at or near|violates (?:check|unique|foreign key|not-null)|relation "\w+"|column "\w+" (?:does not|of relation)/i,
  ],
  ['internal address', /127\.0\.0\.1|localhost:\d+|ECONNREFUSED|ECONNRESET|fetch failed/],
  ['stacktrace field', /"stacktrace"|"exception"/],
];

/** Fails when the body shows any internal detail. */
export function expectNoLeak(body: string, context: string): void {
  for (const [what, re] of leakMarkers) {
    const m = re.exec(body);
    expect(m, `${what} leaked (${context}): ${m?.[0]} in ${body.slice(0, 300)}`).toBeNull();
  }
}

/** Every GraphQL error in an answer carries a string extensions.code. */
export function expectCodedErrors(json: { errors?: { extensions?: { code?: unknown } }[] }, context: string): void {
  for (const e of json.errors ?? [])
    expect(typeof e.extensions?.code, `uncoded error (${context}): ${JSON.stringify(e)}`).toBe('string');
}
