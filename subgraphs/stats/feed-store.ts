// Queries behind Mentor.activityTotals and Mentor.thresholdCrossings (what milestone detection reads).
import { sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { rowsOf } from '../../lib/rows.js';
import { badRequest } from '../../lib/errors.js';
import { checkDateRange, parseIsoDate } from '../../lib/dates.js';
import { activities } from './tables.js';

/** Completed-activity totals of one mentor between two inclusive UTC dates (either may be open). */
export async function activityTotals(db: Db, mentorId: string, startDate?: string | null, endDate?: string | null) {
  const start = startDate ? parseIsoDate(startDate) : null;
  const end = endDate ? parseIsoDate(endDate) : null;
  if (startDate && !start) throw badRequest(`startDate must be YYYY-MM-DD, got ${startDate}`);
  if (endDate && !end) throw badRequest(`endDate must be YYYY-MM-DD, got ${endDate}`);
  if (start && startDate) checkDateRange('startDate', start, startDate);
  if (end && endDate) checkDateRange('endDate', end, endDate);
  // ISO strings, not Dates: raw SQL parameters must serialise on postgres.js as well as on PGlite.
  const from = start ? start.toISOString() : null;
  const endExclusive = end ? new Date(end.getTime() + 86_400_000).toISOString() : null;
  const [row] = await db
    .select({
      minutes: sql<number>`coalesce(sum(${activities.durationMinutes}), 0)::int`,
      contacts: sql<number>`count(distinct ${activities.contactId})::int`,
      count: sql<number>`count(*)::int`,
    })
    .from(activities).where(sql`${activities.mentorId} = ${mentorId} and ${activities.status} = 'completed'
    and (${from}::timestamptz is null or ${activities.occurredAt} >= ${from}::timestamptz)
    and (${endExclusive}::timestamptz is null or ${activities.occurredAt} < ${endExclusive}::timestamptz)`);
  return {
    totalHours: Math.round((row.minutes / 60) * 10) / 10,
    uniqueContactsHelped: row.contacts,
    activityCount: row.count,
  };
}

const cumulative = {
  hours_logged: (id: string) => sql`select ${activities.occurredAt} as at,
    sum(${activities.durationMinutes}) over (order by ${activities.occurredAt}, ${activities.id}) / 60.0 as total
    from ${activities} where ${activities.mentorId} = ${id} and ${activities.status} = 'completed'`,
  activity_count: (id: string) => sql`select ${activities.occurredAt} as at,
    row_number() over (order by ${activities.occurredAt}, ${activities.id}) as total
    from ${activities} where ${activities.mentorId} = ${id} and ${activities.status} = 'completed'`,
  contacts_helped: (id: string) => sql`select first_at as at, row_number() over (order by first_at) as total from (
    select min(${activities.occurredAt}) as first_at from ${activities}
    where ${activities.mentorId} = ${id} and ${activities.status} = 'completed' and ${activities.contactId} is not null
    group by ${activities.contactId}) f`,
};

/** Metrics a crossing can be asked for. */
export type Metric = keyof typeof cumulative;

/** For each threshold, the time the mentor's cumulative metric first reached it (null if never), one statement. */
export async function thresholdCrossings(db: Db, mentorId: string, metric: Metric, thresholds: number[]) {
  if (thresholds.length === 0) return [];
  const list = sql.join(
    thresholds.map((t) => sql`(${t}::float8)`),
    sql`, `,
  );
  const result = await db.execute(sql`with c as (${cumulative[metric](mentorId)})
    select t.threshold, (select min(c.at) from c where c.total >= t.threshold) as crossed_at
    from (values ${list}) as t(threshold)`);
  return rowsOf<{ threshold: number; crossed_at: string | Date | null }>(result).map((r) => ({
    threshold: Number(r.threshold),
    crossedAt: r.crossed_at === null ? null : new Date(r.crossed_at),
  }));
}
