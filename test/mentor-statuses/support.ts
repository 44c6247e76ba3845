// Helpers of the mentor-statuses tests: the two path forms, table snapshots and the pause invariant.
import { rowsOf } from '../../lib/rows.js';
import { sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';

/** Both path forms of a route-form path of this contract. */
export const forms = (path: string): string[] => [path, `/api/v1/mentor-statuses${path}`];

/** Every row of the mentors domain's written tables, in a stable order (to prove that nothing changed). */
export async function snapshot(db: Db): Promise<string> {
  const tables = ['mentors', 'mentor_statuses', 'mentor_status_history', 'pause_records'];
  const parts: unknown[] = [];
  for (const t of tables) {
    const res = await db.execute(sql.raw(`select to_jsonb(x) as row from mentors.${t} x`));
    parts.push(
      rowsOf<{ row: unknown }>(res)
        .map((r) => JSON.stringify(r.row))
        .sort(),
    );
  }
  return JSON.stringify(parts);
}

/** Mentors for which "paused ⇔ exactly one active pause record" does not hold. */
export async function invariantBreaks(db: Db): Promise<unknown[]> {
  const res = await db.execute(sql`
    select m.id, s.status, (select count(*) from mentors.pause_records p where p.mentor_id = m.id and p.is_active)::int as active
    from mentors.mentors m left join mentors.mentor_statuses s on s.mentor_id = m.id
    where coalesce(s.status = 'paused', false)
      <> ((select count(*) from mentors.pause_records p where p.mentor_id = m.id and p.is_active) = 1)
      or (select count(*) from mentors.pause_records p where p.mentor_id = m.id and p.is_active) > 1`);
  return rowsOf<Record<string, unknown>>(res);
}
