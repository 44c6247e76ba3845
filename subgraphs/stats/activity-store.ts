// Pages of mentors' activities (Mentor.activities): newest first, one statement per batch for the pages and one for
// the totals, however many mentors the batch holds.
import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import type { PageArgs } from '../../lib/pagination.js';
import { activities, type ActivityRow } from './tables.js';

/** What Mentor.activities filters on: UTC ISO instants (from inclusive, to exclusive) and a status. */
export interface ActivityFilter {
  from: string | null;
  to: string | null;
  status: ActivityRow['status'] | null;
}

/** One mentor's page of activities and the total its filter keeps. */
export interface ActivityPageRows {
  rows: ActivityRow[];
  total: number;
}

/** The filter's conditions on the mentors `ids`. */
function conditions(ids: readonly string[], f: ActivityFilter): SQL | undefined {
  return and(
    inArray(activities.mentorId, [...ids]),
    f.from === null ? undefined : gte(activities.occurredAt, new Date(f.from)),
    f.to === null ? undefined : lt(activities.occurredAt, new Date(f.to)),
    f.status === null ? undefined : eq(activities.status, f.status),
  );
}

/**
 * The same page (newest first: occurred_at, then id, descending) of each mentor's filtered activities: a window
 * function numbers each mentor's rows, so one statement cuts every mentor's page; the totals are a second, grouped one.
 */
export async function activityPagesByMentor(
  db: Db,
  ids: readonly string[],
  f: ActivityFilter,
  page: PageArgs,
): Promise<Map<string, ActivityPageRows>> {
  const where = conditions(ids, f);
  const ranked = db
    .select({
      id: activities.id,
      mentorId: activities.mentorId,
      orgId: activities.orgId,
      activityTypeId: activities.activityTypeId,
      status: activities.status,
      occurredAt: activities.occurredAt,
      durationMinutes: activities.durationMinutes,
      contactId: activities.contactId,
      createdAt: activities.createdAt,
      rn: sql<number>`row_number() over (partition by ${activities.mentorId} order by ${activities.occurredAt} desc, ${activities.id} desc)`.as(
        'rn',
      ),
    })
    .from(activities)
    .where(where)
    .as('ranked');
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: ranked.id,
        mentorId: ranked.mentorId,
        orgId: ranked.orgId,
        activityTypeId: ranked.activityTypeId,
        status: ranked.status,
        occurredAt: ranked.occurredAt,
        durationMinutes: ranked.durationMinutes,
        contactId: ranked.contactId,
        createdAt: ranked.createdAt,
      })
      .from(ranked)
      .where(and(gt(ranked.rn, page.offset), lte(ranked.rn, page.offset + page.limit)))
      .orderBy(asc(ranked.mentorId), desc(ranked.occurredAt), desc(ranked.id)),
    db
      .select({ mentorId: activities.mentorId, total: count() })
      .from(activities)
      .where(where)
      .groupBy(activities.mentorId),
  ]);
  const out = new Map<string, ActivityPageRows>(ids.map((id) => [id, { rows: [], total: 0 }]));
  for (const t of totals) out.get(t.mentorId)!.total = t.total;
  for (const r of rows) out.get(r.mentorId)!.rows.push(r);
  return out;
}
