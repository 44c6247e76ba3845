// The trigger-kept rollups (stats.mentor_days, stats.mentor_roster) always equal a recomputation from the log.
import { rowsOf } from '../../lib/rows.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../lib/db.js';
import { openTestDatabase } from '../support/db.js';

let d: Database;
beforeAll(async () => {
  d = await openTestDatabase();
});
afterAll(async () => {
  await d?.close();
});

const rows = async (q: ReturnType<typeof sql>) => {
  const r = await d.db.execute(q);
  return rowsOf<object>(r).map((x) => ({ ...x }));
};

/** The rollup as stored, and as recomputed from stats.activities. */
const stored = () =>
  rows(sql`select mentor_id, day::text as day, total, completed, completed_minutes, completed_cum
  from stats.mentor_days where total <> 0 order by mentor_id, day`);
const recomputed = () =>
  rows(sql`select mentor_id, day::text as day, total, completed, minutes as completed_minutes,
    (sum(completed) over (partition by mentor_id order by day))::int as completed_cum
  from (select mentor_id, (occurred_at at time zone 'UTC')::date as day, count(*)::int as total,
      (count(*) filter (where status = 'completed'))::int as completed,
      (coalesce(sum(duration_minutes) filter (where status = 'completed'), 0))::int as minutes
    from stats.activities group by 1, 2) g order by mentor_id, day`);

describe('stats rollups', () => {
  it('match the seeded log', async () => {
    const s = await stored();
    expect(s.length).toBeGreaterThan(1000);
    expect(s).toEqual(await recomputed());
  });

  it('follow multi-row inserts into the past, updates (status, day, mentor) and deletes', async () => {
    await d.db
      .execute(sql`insert into stats.activities (id, mentor_id, org_id, activity_type_id, status, occurred_at, duration_minutes)
      values ('r1', 'mentor-007', 'org_nansen_01', 'act_type_001', 'completed', '2020-01-01T23:30:00-02:00', 30),
             ('r2', 'mentor-007', 'org_nansen_01', 'act_type_002', 'completed', '2020-01-02T01:00:00Z', 45),
             ('r3', 'mentor-007', 'org_nansen_01', 'act_type_003', 'cancelled', '2020-01-02T02:00:00Z', 10),
             ('r4', 'mentor-009', 'org_nansen_01', 'act_type_001', 'completed', now() - interval '400 days', 60)`);
    expect(await stored()).toEqual(await recomputed());
    await d.db.execute(sql`update stats.activities set status = 'cancelled' where id = 'r2'`);
    await d.db.execute(
      sql`update stats.activities set occurred_at = now() - interval '3 days', mentor_id = 'mentor-011' where id = 'r1'`,
    );
    await d.db.execute(
      sql`update stats.activities set duration_minutes = duration_minutes + 1 where mentor_id = 'mentor-009'`,
    );
    expect(await stored()).toEqual(await recomputed());
    await d.db.execute(
      sql`delete from stats.activities where id in ('r3', 'r4') or (mentor_id = 'mentor-012' and occurred_at < now() - interval '300 days')`,
    );
    expect(await stored()).toEqual(await recomputed());
  });

  it('keep each mentor in the roster with the org of the latest logged activity', async () => {
    const roster = await rows(
      sql`select count(*)::int as n, count(distinct org_id)::int as orgs from stats.mentor_roster`,
    );
    expect(roster).toEqual([{ n: 50, orgs: 2 }]);
  });
});
