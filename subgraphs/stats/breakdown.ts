// Mentor.activityBreakdown: per activity type present in the window, by count (desc; ties by type key).
import { sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { paged, type PageArgs } from '../../lib/pagination.js';
import { activities, activityTypes } from './tables.js';
import { timeBounds, windowOf, type StatsPeriod } from './windows.js';
import { hoursOf, ratio } from './personal-stats.js';

/** Per type in the window: all activities, completed ones and their minutes (index on mentor_id, occurred_at). */
function typeTotals(db: Db, mentorId: string, from: string | null, to: string) {
  return db
    .select({
      id: activityTypes.id,
      key: activityTypes.key,
      name: activityTypes.displayName,
      n: sql<number>`count(*)::int`,
      completed: sql<number>`(count(*) filter (where ${activities.status} = 'completed'))::int`,
      minutes: sql<number>`(coalesce(sum(${activities.durationMinutes}) filter (where ${activities.status} = 'completed'), 0))::int`,
    })
    .from(activities)
    .innerJoin(activityTypes, sql`${activityTypes.id} = ${activities.activityTypeId}`)
    .where(
      sql`${activities.mentorId} = ${mentorId} and ${activities.occurredAt} < ${to}::timestamptz
      and (${from}::timestamptz is null or ${activities.occurredAt} >= ${from}::timestamptz)`,
    )
    .groupBy(activityTypes.id, activityTypes.key, activityTypes.displayName);
}

/** The breakdown page; `percentage` of the window's activities (1 decimal), averages and hours over completed. */
export async function activityBreakdown(db: Db, mentorId: string, period: StatsPeriod, end: string, page: PageArgs) {
  const { from, to } = timeBounds(windowOf(period, end));
  const rows = (await typeTotals(db, mentorId, from, to)).map((r) => ({
    ...r,
    n: Number(r.n),
    completed: Number(r.completed),
    minutes: Number(r.minutes),
  }));
  const total = rows.reduce((s, r) => s + r.n, 0);
  rows.sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const items = rows.slice(page.offset, page.offset + page.limit).map((r) => ({
    activityTypeId: r.id,
    activityTypeName: r.name,
    count: r.n,
    percentage: ratio(r.n * 100, total, 1),
    avgDurationMinutes: r.completed === 0 ? 0 : Math.round(r.minutes / r.completed),
    totalHours: hoursOf(r.minutes),
  }));
  return paged(items, page, rows.length);
}
