// Queries behind Mentor.personalStats: one mentor's window (activities index) and streak (rollups); peers: peer-rank.ts.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { prepared, preparedRaw } from '../../lib/prepared.js';
import { activities, activityTypes, mentorDays } from './tables.js';
import { timeBounds, type DateWindow } from './windows.js';

/** One group of the mentor's window: activities of one type, ISO weekday (1 = Monday) and status. */
export interface WindowGroup {
  typeKey: string;
  weekday: number;
  status: string;
  n: number;
  minutes: number;
}

/** The mentor's activities in the window grouped by type, weekday and status (index on mentor_id, occurred_at). */
export async function windowGroups(db: Db, mentorId: string, w: DateWindow): Promise<WindowGroup[]> {
  const { from, to } = timeBounds(w);
  const rows = await prepared(db, 'window_groups', (d) => {
    const [mentor, f, t] = [sql.placeholder('mentor'), sql.placeholder('from'), sql.placeholder('to')];
    return d
      .select({
        typeKey: activityTypes.key,
        weekday: sql<number>`extract(isodow from ${activities.occurredAt} at time zone 'UTC')::int`,
        status: activities.status,
        n: sql<number>`count(*)::int`,
        minutes: sql<number>`sum(${activities.durationMinutes})::int`,
      })
      .from(activities)
      .innerJoin(activityTypes, sql`${activityTypes.id} = ${activities.activityTypeId}`)
      .where(
        sql`${activities.mentorId} = ${mentor} and ${activities.occurredAt} < ${t}::timestamptz
        and (${f}::timestamptz is null or ${activities.occurredAt} >= ${f}::timestamptz)`,
      )
      .groupBy(activityTypes.key, sql`2`, activities.status);
  }).execute({ mentor: mentorId, from, to });
  return rows.map((r) => ({ ...r, weekday: Number(r.weekday), n: Number(r.n), minutes: Number(r.minutes) }));
}

/**
 * Completed activities of a mentor in the window [start, end] (SQL dates; a null start means no lower bound), from
 * two running-total probes (no scan of the history).
 */
export const completedIn = (mentor: SQL, start: SQL, end: SQL) => sql`(
  coalesce((select d.completed_cum from ${mentorDays} d where d.mentor_id = ${mentor} and d.day <= ${end}::date
    order by d.day desc limit 1), 0)
  - coalesce((select d.completed_cum from ${mentorDays} d where d.mentor_id = ${mentor} and d.day < ${start}::date
    order by d.day desc limit 1), 0))`;

/**
 * Streak ending at `end` (or the day before when `end` has no completed activity), and the mentor's first active
 * day on or before `end`; both from the per-day rollup of this one mentor.
 */
export async function streakAndFirstDay(db: Db, mentorId: string, end: string) {
  const [row] = await preparedRaw<{ streak: number; first_day: string | null }>(db, 'streak_and_first_day', () => {
    const [mentor, e] = [sql.placeholder('mentor'), sql.placeholder('end')];
    return sql`with d as (
      select day, day + (row_number() over (order by day desc))::int as island
      from ${mentorDays} where mentor_id = ${mentor} and day <= ${e}::date and completed > 0),
    head as (select day, island from d order by day desc limit 1)
    select (select count(*)::int from d, head where d.island = head.island and head.day >= ${e}::date - 1) as streak,
      (select min(day)::text from ${mentorDays} where mentor_id = ${mentor} and day <= ${e}::date and total > 0) as first_day`;
  }).execute({ mentor: mentorId, end });
  return { streak: Number(row.streak), firstDay: row.first_day };
}
