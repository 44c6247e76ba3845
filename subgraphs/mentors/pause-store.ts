// Reads of pause records and status history (the mentors schema only).
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import type { PageArgs } from '../../lib/pagination.js';
import { mentors, mentorStatusHistory, pauseRecords } from './tables.js';

/** Pause records by id, one statement. */
export function pauseRecordsByIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(pauseRecords)
    .where(inArray(pauseRecords.id, [...ids]));
}

/** All pause records of these mentors, newest start first, one statement. */
export function pauseRecordsByMentorIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(pauseRecords)
    .where(inArray(pauseRecords.mentorId, [...ids]))
    .orderBy(asc(pauseRecords.mentorId), desc(pauseRecords.startDate), desc(pauseRecords.id));
}

/** A filtered page of pause records (newest start first) with the total. */
export async function listPauseRecords(
  db: Db,
  f: { mentorId?: string | null; orgId?: string | null; isActive?: boolean | null },
  page: PageArgs,
) {
  const conds: SQL[] = [];
  if (f.mentorId) conds.push(eq(pauseRecords.mentorId, f.mentorId));
  if (f.orgId)
    conds.push(
      sql`exists (select 1 from ${mentors} m where m.id = ${pauseRecords.mentorId} and m.org_id = ${f.orgId})`,
    );
  if (f.isActive != null) conds.push(eq(pauseRecords.isActive, f.isActive));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(pauseRecords)
      .where(where)
      .orderBy(desc(pauseRecords.startDate), desc(pauseRecords.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(pauseRecords).where(where),
  ]);
  return { rows, total };
}

/** The status history of these mentors, oldest first, one statement. */
export function historyByMentorIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(mentorStatusHistory)
    .where(inArray(mentorStatusHistory.mentorId, [...ids]))
    .orderBy(asc(mentorStatusHistory.mentorId), asc(mentorStatusHistory.changedAt), asc(mentorStatusHistory.id));
}
