// Drizzle writes of the milestones subgraph (its own `milestones` schema); callers run them inside one transaction.
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { mentorMilestones } from './tables.js';
import type { MilestoneStatus } from './generated.js';

/** A row detection persists. */
export interface DetectedRow {
  definitionKey: string;
  status: 'achieved' | 'in_progress';
  achievedValue: number;
  achievedAt: Date | null;
}

const current = (column: string) => sql.raw(`"mentor_milestones"."${column}"`);

/**
 * Serialises the writers of one mentor's milestones (detection, PUT) until the transaction ends, and returns the
 * mentor's rows. A transaction-scoped advisory lock per mentor comes first: `FOR UPDATE` alone locks nothing for a
 * mentor without rows, and concurrent first detections then took row locks in different orders (deadlock, found
 * under load by the concurrent-detection test).
 */
export async function lockMentorRows(tx: Db, mentorId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`milestones:${mentorId}`}, 0))`);
  return tx
    .select()
    .from(mentorMilestones)
    .where(eq(mentorMilestones.mentorId, mentorId))
    .orderBy(sql`${mentorMilestones.definitionKey} collate "C"`)
    .for('update');
}

/**
 * Inserts or updates detected rows in one statement. An achieved row stays achieved, keeps its
 * `achieved_at`, and its value only grows; in-progress rows take the new value.
 */
export async function upsertDetected(tx: Db, mentorId: string, rows: DetectedRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const wasAchieved = sql`${current('status')} = 'achieved'`;
  await tx
    .insert(mentorMilestones)
    .values(rows.map((r) => ({ ...r, mentorId, createdAt: now, updatedAt: now })))
    .onConflictDoUpdate({
      target: [mentorMilestones.mentorId, mentorMilestones.definitionKey],
      set: {
        status: sql`case when ${wasAchieved} then 'achieved' else excluded.status end`,
        achievedAt: sql`coalesce(${current('achieved_at')}, excluded.achieved_at)`,
        achievedValue: sql`case when ${wasAchieved} then greatest(${current('achieved_value')}, excluded.achieved_value)
          else excluded.achieved_value end`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

/** Removes a mentor's in-progress rows other than `keep` (one next goal per type). */
export async function deleteStaleInProgress(tx: Db, mentorId: string, keep: string[]): Promise<void> {
  await tx
    .delete(mentorMilestones)
    .where(
      and(
        eq(mentorMilestones.mentorId, mentorId),
        eq(mentorMilestones.status, 'in_progress'),
        notInArray(mentorMilestones.definitionKey, keep),
      ),
    );
}

/** Sets status, value and time of one row; returns whether it existed. */
export async function updateRow(
  tx: Db,
  mentorId: string,
  key: string,
  set: { status: MilestoneStatus; achievedValue: number; achievedAt: Date | null },
  now: Date,
): Promise<boolean> {
  const done = await tx
    .update(mentorMilestones)
    .set({ ...set, updatedAt: now })
    .where(and(eq(mentorMilestones.mentorId, mentorId), eq(mentorMilestones.definitionKey, key)))
    .returning({ key: mentorMilestones.definitionKey });
  return done.length > 0;
}

/** Deletes one row; returns whether it existed. */
export async function deleteRow(db: Db, mentorId: string, key: string): Promise<boolean> {
  const done = await db
    .delete(mentorMilestones)
    .where(and(eq(mentorMilestones.mentorId, mentorId), eq(mentorMilestones.definitionKey, key)))
    .returning({ key: mentorMilestones.definitionKey });
  return done.length > 0;
}
