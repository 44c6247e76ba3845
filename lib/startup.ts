// The first lines a server prints: one each for migrating, seeding (with row counts) and ready, with durations.
import { pino, type Logger } from 'pino';
import { openDatabase, type Database, type OpenOptions } from './db.js';
import type { SeedCounts } from './seed.js';

/**
 * The logger for start-up lines, before the HTTP app (and its own logger) exists; same JSON lines as Fastify's.
 * Synchronous, so its lines come out before the app's and in order.
 */
export function startupLogger(level: string): Logger {
  return pino({ level }, pino.destination({ sync: true }));
}

/** Opens the database (applying migrations), logging one line: where, how many migrations, how long. */
export async function openLogged(log: Logger, opts: OpenOptions): Promise<Database> {
  const started = performance.now();
  const where = opts.url ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${opts.dataDir ?? 'memory'}`;
  let migrated = 'not applied';
  const database = await openDatabase({
    ...opts,
    onMigrated: ({ applied, ms }) => {
      migrated = applied === 0 ? `up to date (checked in ${ms} ms)` : `${applied} applied in ${ms} ms`;
    },
  });
  log.info(`database: ${where} opened in ${elapsed(started)}; migrations ${migrated}`);
  return database;
}

/** Runs a seed, logging one line: the rows written per table and how long it took, or that nothing was needed. */
export async function seedLogged(log: Logger, seed: () => Promise<SeedCounts>): Promise<SeedCounts> {
  const started = performance.now();
  const counts = await seed();
  const tables = Object.entries(counts);
  if (tables.length === 0) log.info(`seed: already seeded, nothing written (checked in ${elapsed(started)})`);
  else {
    const total = tables.reduce((sum, [, n]) => sum + n, 0);
    const each = tables.map(([table, n]) => `${table} ${n}`).join(', ');
    log.info({ rows: counts }, `seed: wrote ${total} rows in ${elapsed(started)} (${each})`);
  }
  return counts;
}

/** Milliseconds since `started` (a `performance.now()`), printed as `840 ms` or `4.2 s`. */
export function elapsed(started: number): string {
  const ms = performance.now() - started;
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
