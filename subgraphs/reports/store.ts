// Drizzle queries of the reports subgraph (reads only its own `reports` schema).
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import type { PageArgs } from '../../lib/pagination.js';
import { reports } from './tables.js';
import type { ReportStatus } from './generated.js';

const newestFirst = [desc(reports.createdAt), desc(reports.reportId)];

/** Reports by id, one statement. */
export function reportsByIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(reports)
    .where(inArray(reports.reportId, [...ids]));
}

/** Reports of these mentors, newest first, one statement. */
export function reportsByMentorIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(reports)
    .where(inArray(reports.peerMentorId, [...ids]))
    .orderBy(...newestFirst);
}

/** Reports on these activities, newest first, one statement. */
export function reportsByActivityIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(reports)
    .where(inArray(reports.activityId, [...ids]))
    .orderBy(...newestFirst);
}

/** Filters of the report lists; an absent filter matches everything. */
export interface ReportFilter {
  status?: ReportStatus | null;
  peerMentorId?: string | null;
  orgId?: string | null;
  activityId?: string | null;
}

/** A page of reports, newest first, with the total (two statements). */
export async function listReports(db: Db, f: ReportFilter, page: PageArgs) {
  const conds: SQL[] = [];
  if (f.status) conds.push(eq(reports.status, f.status));
  if (f.peerMentorId) conds.push(eq(reports.peerMentorId, f.peerMentorId));
  if (f.orgId) conds.push(eq(reports.orgId, f.orgId));
  if (f.activityId) conds.push(eq(reports.activityId, f.activityId));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(reports)
      .where(where)
      .orderBy(...newestFirst)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(reports).where(where),
  ]);
  return { rows, total };
}
