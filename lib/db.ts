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
  /** Connections for transactions (default DB_TRANSACTION_POOL or 8). */
  poolSize?: number;
  /** Connections for single statements outside transactions (default DB_STATEMENT_POOL or 2). */
  statementPoolSize?: number;
}

/**
 * Pool sizes on PostgreSQL. Statements outside a transaction share a small pool: postgres.js pipelines them on busy
 * connections, and a busy server backend reads the next statement without being woken (measured on the 2-core
 * machine: the detail query at 2 connections ≈ 1.6× the requests/s of 10; BENCHMARKS.md). Transactions reserve a
 * connection each from a separate pool, so a long write or a row-lock wait never holds up reads.
 */
export function poolSizes(opts: Pick<OpenOptions, 'poolSize' | 'statementPoolSize'>, env = process.env) {
  return {
    statements: opts.statementPoolSize ?? Number(env.DB_STATEMENT_POOL ?? 2),
    transactions: opts.poolSize ?? Number(env.DB_TRANSACTION_POOL ?? 8),
  };
}

/** Folder of the drizzle-kit migrations applied at start. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle/migrations', import.meta.url));

/** Opens the configured backend and (by default) applies pending migrations. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const statements = new StatementCounter();
  const logger = { logQuery: (query: string) => statements.record(query) };
  if (opts.url) {
    const common = {
      onnotice: () => {},
      connection: { statement_timeout: opts.statementTimeoutMs ?? Number(process.env.STATEMENT_TIMEOUT_MS ?? 10_000) },
      // A stopped or unreachable server fails fast (503) instead of holding requests for postgres.js's default 30 s.
      connect_timeout: 5,
    };
    const sizes = poolSizes(opts);
    // Two pools (see poolSizes): single statements pipeline on a few busy connections; transactions reserve their own.
    const client = postgres(opts.url, { ...common, max: sizes.statements });
    const txClient = postgres(opts.url, { ...common, max: sizes.transactions });
    const db = drizzlePostgres(client, { logger }) as unknown as Db;
    const txDb = drizzlePostgres(txClient, { logger }) as unknown as Db;
    db.transaction = ((fn, config) => txDb.transaction(fn, config)) as Db['transaction'];
    if (opts.migrate !== false) await migrateWithLock(opts.url);
    return {
      kind: 'postgres',
      db,
      statements,
      poolMax: sizes.statements + sizes.transactions,
      ping: async () => {
        await client`select 1`;
      },
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), txClient.end({ timeout: 5 })]);
      },
    };
  }
  const client = await PGlite.create({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir });
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  if (opts.migrate !== false) await migratePglite(drizzlePglite(client), { migrationsFolder });
  return {
    kind: 'pglite',
    db,
    statements,
    ping: async () => {
      await client.query('select 1');
    },
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
