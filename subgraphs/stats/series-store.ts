// Per-month totals of one mentor from the per-day rollup (primary key mentor_id, day): series and heat map.
import { sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { mentorDays } from './tables.js';
import { rowsOf } from '../../lib/rows.js';

/** A month of one mentor's log. */
export interface MonthTotals {
  year: number;
  month: number;
  total: number;
  completed: number;
  minutes: number;
}

/** The mentor's months with activity between two dates (inclusive; `from` null = no lower bound). */
export async function monthTotals(db: Db, mentorId: string, from: string | null, to: string): Promise<MonthTotals[]> {
  const result = await db.execute(sql`select extract(year from day)::int as year, extract(month from day)::int as month,
      sum(total)::int as total, sum(completed)::int as completed, sum(completed_minutes)::int as minutes
    from ${mentorDays} where mentor_id = ${mentorId} and day <= ${to}::date
      and (${from}::date is null or day >= ${from}::date) and total > 0
    group by 1, 2 order by 1, 2`);
  return rowsOf<MonthTotals>(result).map((r) => ({
    year: Number(r.year),
    month: Number(r.month),
    total: Number(r.total),
    completed: Number(r.completed),
    minutes: Number(r.minutes),
  }));
}

/** The UTC date of the mentor's first activity on or before `end`, or null. */
export async function firstActiveDay(db: Db, mentorId: string, end: string): Promise<string | null> {
  const [row] = rowsOf<{ day: string | null }>(
    await db.execute(sql`select min(day)::text as day from ${mentorDays}
    where mentor_id = ${mentorId} and day <= ${end}::date and total > 0`),
  );
  return row?.day ?? null;
}
