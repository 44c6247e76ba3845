// One database interface over two backends: embedded PGlite (default) and PostgreSQL via postgres.js.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { StatementCounter } from './statement-counter.js';

/** The drizzle handle every store uses, whichever backend is behind it. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** An open database: the drizzle handle, a statement counter, health check and close. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  statements: StatementCounter;
  /** Most connections the pool may open (postgres.js `max`; PGlite has one). */
  poolMax?: number;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: a tarball of the data directory (used to share a prepared test database). */
  dump?(): Promise<Blob>;
}

/** How to open: a PostgreSQL URL, or a PGlite data directory (undefined = in memory), or a PGlite dump. */
export interface OpenOptions {
  url?: string;
  dataDir?: string;
  loadDataDir?: Blob;
  migrate?: boolean;
  /** Statement timeout on PostgreSQL, milliseconds. */
  statementTimeoutMs?: number;
  poolSize?: number;
}

/** Folder of the drizzle-kit migrations applied at start. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle/migrations', import.meta.url));

/** Opens the configured backend and (by default) applies pending migrations. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const statements = new StatementCounter();
  const logger = { logQuery: (query: string) => statements.record(query) };
  if (opts.url) {
    const client = postgres(opts.url, {
      max: opts.poolSize ?? Number(process.env.DB_POOL_MAX ?? 10),
      onnotice: () => {},
      connection: { statement_timeout: opts.statementTimeoutMs ?? Number(process.env.STATEMENT_TIMEOUT_MS ?? 10_000) },
      // A stopped or unreachable server fails fast (503) instead of holding requests for postgres.js's default 30 s.
      connect_timeout: 5,
    });
    const db = drizzlePostgres(client, { logger }) as unknown as Db;
    if (opts.migrate !== false) await migrateWithLock(opts.url);
    return {
      kind: 'postgres', db, statements, poolMax: opts.poolSize ?? 10,
      ping: async () => { await client`select 1`; },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const client = await PGlite.create({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir });
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  if (opts.migrate !== false) await migratePglite(drizzlePglite(client), { migrationsFolder });
  return {
    kind: 'pglite', db, statements,
    ping: async () => { await client.query('select 1'); },
    close: () => client.close(),
    dump: () => client.dumpDataDir('none') as Promise<Blob>,
  };
}

/** Applies migrations on PostgreSQL under an advisory lock, so concurrent starters do not race. */
async function migrateWithLock(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(727274)`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(727274)`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** True when the Postgres error is a constraint violation of the given SQLSTATE (e.g. 23505 unique). */
export function isPgError(err: unknown, code: string): boolean {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    if ((e as { code?: unknown }).code === code) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs `select 1` through drizzle (used by readiness checks on any Db handle). */
export async function pingDb(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
