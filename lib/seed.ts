// What a subgraph's seed (subgraphs/<name>/seed.ts) needs: the shared seed inputs and an insert-when-empty helper.
import { count, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Pools } from './db.js';

/** A deterministic random source (drizzle/seed/random.ts), so the seed is the same on every run. */
export interface SeedRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `n` lowercase hex digits. */
  hex(n: number): string;
}

/** A seeded mentor as every subgraph's seed sees it: its number (1-based), id and organisation. */
export interface SeedMentor {
  index: number;
  id: string;
  orgId: string;
}

/** The rows of one table, inserted in batches of 500. */
export interface SeedStep {
  table: PgTable;
  /** How many rows it inserts. */
  rows: number;
  insert(db: Db): Promise<void>;
}

/** A step that inserts `rows` (checked against the table's insert type) into `table`. */
export function seedStep<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SeedStep {
  return {
    table,
    rows: rows.length,
    async insert(db) {
      for (let i = 0; i < rows.length; i += 500) await db.insert(table).values(rows.slice(i, i + 500));
    },
  };
}

/** Rows a seed wrote, by table name (empty when the tables were already seeded). */
export type SeedCounts = Record<string, number>;

/**
 * Runs the steps in one transaction when the first step's table is empty (a seeded database is left alone);
 * resolves with the rows it wrote per table.
 */
export async function seedTables({ db, transaction }: Pools, steps: readonly SeedStep[]): Promise<SeedCounts> {
  if (steps.length === 0) return {};
  const [{ n }] = await db.select({ n: count() }).from(steps[0].table);
  if (n > 0) return {};
  await transaction(async (tx) => {
    for (const step of steps) await step.insert(tx);
  });
  return Object.fromEntries(steps.map((step) => [getTableName(step.table), step.rows]));
}
