// One database interface over two backends: embedded PGlite (default) and PostgreSQL via postgres.js.
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction, PgTransactionConfig } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { findCause } from './causes.js';
import { StatementCounter } from './statement-counter.js';
import { createDbHealth, gateStatements, withTimeout } from './db-health.js';

/** Longest `ping` (and so `/ready`) waits for PostgreSQL before it fails. */
const pingTimeoutMs = 1_500;

/**
 * Delay before a pooled connection reconnects, seconds, after `retries` failed attempts in a row. postgres.js's default
 * grows to 20 s, which after an outage held the first request for up to 10 s once the server was back; while the
 * server is known to be down statements do not reach the pools at all (see `DbHealth`), so a short delay suffices.
 */
const poolBackoff = (retries: number) => Math.min(0.05 * retries, 0.25);

/** A one-off connection check on a fresh connection (a pooled one may be broken from before a restart). */
async function probeServer(url: string): Promise<void> {
  const probe = postgres(url, { max: 1, connect_timeout: 1, fetch_types: false, onnotice: () => {} });
  try {
    await probe`select 1`;
  } finally {
    void probe.end({ timeout: 0 });
  }
}

/**
 * The drizzle handle stores read and write with, whichever backend is behind it: single statements on the statement
 * pool, or the statements of a transaction (a `Tx` is a `Db`). It has no `transaction` method on purpose: a
 * transaction starts from `Pools.transaction`, which runs it on the transaction pool.
 */
export type Db = Omit<PgDatabase<PgQueryResultHKT>, 'transaction'>;

/** The handle inside a transaction, as both drivers type it (postgres.js and PGlite differ only in the result kind). */
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;

/** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws) and resolves with its value. */
export type Transact = <T>(fn: (tx: Tx) => Promise<T>, config?: PgTransactionConfig) => Promise<T>;

/**
 * The two ways to reach the database: `db` for single statements, `transaction` for transactions. On PostgreSQL each
 * has its own pool (see `poolSizes`); PGlite has one connection, and both use it.
 */
export interface Pools {
  db: Db;
  transaction: Transact;
}

/** An open database: its pools, a statement counter, health check and close. */
export interface Database extends Pools {
  kind: 'pglite' | 'postgres';
  statements: StatementCounter;
  /** Most connections the pools may open together (postgres.js `max` of both; PGlite has one). */
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
  /** Told how many migrations were applied (0 when the schema was up to date) and how long that took. */
  onMigrated?: (report: MigrationReport) => void;
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

/** What applying migrations at open did: migrations applied (0 = already up to date) and milliseconds taken. */
export interface MigrationReport {
  applied: number;
  ms: number;
}

/** Migrations recorded in drizzle's journal table (0 before the first migration creates it). */
async function recordedMigrations(query: (text: string) => Promise<readonly { n: number }[]>): Promise<number> {
  try {
    const [row] = await query('select count(*)::int as n from drizzle.__drizzle_migrations');
    return row?.n ?? 0;
  } catch {
    return 0;
  }
}

/** Folder of the drizzle-kit migrations applied at start. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle/migrations', import.meta.url));

/** Opens the configured backend and (by default) applies pending migrations. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const statements = new StatementCounter();
  const logger = { logQuery: (query: string) => statements.record(query) };
  if (opts.url) {
    const url = opts.url;
    // Known down after a failed probe: statements and pings fail at once (503) until a probe succeeds.
    const health = createDbHealth({ probe: () => probeServer(url) });
    const common = {
      onnotice: () => {},
      backoff: poolBackoff,
      // A pooled connection that closes may mean the server went away: probe (a normal close finds it up).
      onclose: () => health.suspect(),
      connection: { statement_timeout: opts.statementTimeoutMs ?? Number(process.env.STATEMENT_TIMEOUT_MS ?? 10_000) },
      // A stopped or unreachable server fails fast (503) instead of holding requests for postgres.js's default 30 s.
      connect_timeout: 5,
    };
    const sizes = poolSizes(opts);
    // Two pools (see poolSizes): single statements pipeline on a few busy connections; transactions reserve their own.
    const client = postgres(url, { ...common, max: sizes.statements });
    const txClient = postgres(url, { ...common, max: sizes.transactions });
    const txDb = drizzlePostgres(txClient, { logger });
    if (opts.migrate !== false) {
      const report = await migrateWithLock(url); // not inside `onMigrated?.(…)`: that skips it when unset
      opts.onMigrated?.(report);
    }
    return {
      kind: 'postgres',
      db: drizzlePostgres(gateStatements(client, health), { logger }),
      transaction: async (fn, config) => {
        health.assertUp();
        return txDb.transaction(fn, config);
      },
      statements,
      poolMax: sizes.statements + sizes.transactions,
      ping: async () => {
        health.assertUp();
        try {
          await withTimeout(client`select 1`.execute(), pingTimeoutMs, 'database ping');
        } catch (err) {
          health.suspect();
          throw err;
        }
      },
      close: async () => {
        // Known down: nothing in flight can finish, so do not wait the 5 s for it.
        const timeout = health.up ? 5 : 0;
        health.stop();
        await Promise.all([client.end({ timeout }), txClient.end({ timeout })]);
      },
    };
  }
  // DATA_DIR may name a directory whose parents do not exist yet (e.g. `./.data/a/b`): create them (PGlite makes
  // only the last one).
  if (opts.dataDir && !opts.dataDir.includes('://')) mkdirSync(dirname(opts.dataDir), { recursive: true });
  const client = await PGlite.create({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir });
  const db = drizzlePglite(client, { logger });
  if (opts.migrate !== false) {
    const started = performance.now();
    const query = async (text: string) => (await client.query<{ n: number }>(text)).rows;
    const before = await recordedMigrations(query);
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    const applied = (await recordedMigrations(query)) - before;
    opts.onMigrated?.({ applied, ms: Math.round(performance.now() - started) });
  }
  return {
    kind: 'pglite',
    db,
    transaction: (fn, config) => db.transaction(fn, config),
    statements,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
    dump: () => client.dumpDataDir('none'),
  };
}

/** Applies migrations on PostgreSQL under an advisory lock, so concurrent starters do not race. */
async function migrateWithLock(url: string): Promise<MigrationReport> {
  const started = performance.now();
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const query = (text: string) => client.unsafe<{ n: number }[]>(text);
  try {
    await client`select pg_advisory_lock(727274)`;
    const before = await recordedMigrations(query);
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    const applied = (await recordedMigrations(query)) - before;
    await client`select pg_advisory_unlock(727274)`;
    return { applied, ms: Math.round(performance.now() - started) };
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** True when the error or one of its causes is a PostgreSQL error of this SQLSTATE (e.g. 23505 unique violation). */
export function isPgError(err: unknown, code: string): boolean {
  return findCause(err, (c) => c.code === code) !== undefined;
}
