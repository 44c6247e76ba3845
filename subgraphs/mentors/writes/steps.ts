// The building blocks of status and pause writes; callers run them inside one transaction after lockMentor.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db.js';
import { mentorStatuses, mentorStatusHistory, pauseRecords, type PauseRecordRow } from '../tables.js';
import type { Metadata } from '../input.js';
import type { MentorState, PauseReason } from '../generated.js';

/** The mentor's status record, if any. */
export async function statusOf(tx: Db, mentorId: string) {
  const [row] = await tx.select().from(mentorStatuses).where(eq(mentorStatuses.mentorId, mentorId));
  return row;
}

/** The mentor's active pause record, if any. */
export async function activePauseOf(tx: Db, mentorId: string): Promise<PauseRecordRow | undefined> {
  const [row] = await tx
    .select()
    .from(pauseRecords)
    .where(and(eq(pauseRecords.mentorId, mentorId), eq(pauseRecords.isActive, true)));
  return row;
}

/** A pause record by id, if any. */
export async function pauseById(tx: Db, id: string): Promise<PauseRecordRow | undefined> {
  const [row] = await tx.select().from(pauseRecords).where(eq(pauseRecords.id, id));
  return row;
}

/** What opening a pause needs. */
export interface NewPause {
  startDate: Date;
  expectedReturnDate: Date | null;
  reason: PauseReason;
}

/** Opens an active pause record (id from the `pause-rec-NNNN` sequence); `actor` is recorded as its author. */
export async function openPause(
  tx: Db,
  mentorId: string,
  p: NewPause,
  now: Date,
  actor: string | null,
): Promise<PauseRecordRow> {
  const [row] = await tx
    .insert(pauseRecords)
    .values({
      mentorId,
      startDate: p.startDate,
      expectedReturnDate: p.expectedReturnDate,
      reason: p.reason,
      isActive: true,
      endDate: null,
      createdAt: now,
      updatedAt: now,
      createdBy: actor,
      updatedBy: actor,
    })
    .returning();
  return row;
}

/** Closes a pause record at `endDate` (default: now, or its start when that lies in the future), by `actor`. */
export async function closePause(
  tx: Db,
  pause: PauseRecordRow,
  endDate: Date | null,
  now: Date,
  actor: string | null,
): Promise<PauseRecordRow> {
  const end = endDate ?? new Date(Math.max(now.getTime(), pause.startDate.getTime()));
  const [row] = await tx
    .update(pauseRecords)
    .set({ isActive: false, endDate: end, updatedAt: now, updatedBy: actor })
    .where(eq(pauseRecords.id, pause.id))
    .returning();
  return row;
}

/** Writes the status record (insert or update, `last_updated` = now) and appends a history entry. */
export async function writeStatus(
  tx: Db,
  mentorId: string,
  from: MentorState | null,
  to: MentorState,
  now: Date,
  meta: Metadata,
): Promise<void> {
  if (from === null) {
    await tx.insert(mentorStatuses).values({ mentorId, status: to, lastUpdated: now, createdAt: now });
  } else {
    await tx.update(mentorStatuses).set({ status: to, lastUpdated: now }).where(eq(mentorStatuses.mentorId, mentorId));
  }
  await tx.insert(mentorStatusHistory).values({
    mentorId,
    changedAt: now,
    fromStatus: from,
    toStatus: to,
    initiatedBy: meta.initiatedBy,
    notes: meta.notes,
  });
}
