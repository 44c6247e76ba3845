// Drizzle queries of the reports subgraph (reads only its own `reports` schema).
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { reports } from './tables.js';

/** Reports by id, one statement. */
export function reportsByIds(db: Db, ids: readonly string[]) {
  return db.select().from(reports).where(inArray(reports.reportId, [...ids]));
}

/** Reports of these mentors, newest first, one statement. */
export function reportsByMentorIds(db: Db, ids: readonly string[], status?: string | null) {
  const conds: SQL[] = [inArray(reports.peerMentorId, [...ids])];
  if (status) conds.push(eq(reports.status, status));
  return db.select().from(reports).where(and(...conds)).orderBy(desc(reports.createdAt), desc(reports.reportId));
}
