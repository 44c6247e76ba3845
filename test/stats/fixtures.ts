// Hand-made data for the personal-statistics tests: fresh mentors in a fresh organisation, activities inserted directly.
import type { Json } from '../support/json.js';
import { sql } from 'drizzle-orm';
import type { TestApp } from '../support/app.js';

let seq = 0;

/** A fresh mentor in the mentors subgraph (not in any seed), in organisation `org`. */
export async function freshMentor(t: TestApp, org: string, name = 'Test Mentor'): Promise<string> {
  const id = `t4-mentor-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
  await t.database.db.execute(sql`insert into mentors.mentors (id, full_name, email, org_id)
    values (${id}, ${name}, ${`${id}@example.org`}, ${org})`);
  return id;
}

/** An activity row: type id suffix (1..5), status, ISO time with zone, minutes. */
export type Act = [type: number, status: 'completed' | 'cancelled', at: string, minutes: number];

/** Inserts activities of one mentor directly into stats.activities (one statement). */
export async function insertActivities(t: TestApp, mentor: string, org: string, acts: Act[]): Promise<void> {
  if (acts.length === 0) return;
  const rows = acts.map(
    ([type, status, at, minutes]) => sql`(${`t4_${++seq}_${Math.random().toString(36).slice(2, 8)}`},
    ${mentor}, ${org}, ${`act_type_00${type}`}, ${status}, ${at}::timestamptz, ${minutes})`,
  );
  await t.database.db
    .execute(sql`insert into stats.activities (id, mentor_id, org_id, activity_type_id, status, occurred_at, duration_minutes)
    values ${sql.join(rows, sql`, `)}`);
}

/** GET a personal-stats URL and return status and JSON. */
export async function get(t: TestApp, url: string): Promise<{ status: number; body: Json }> {
  const res = await t.request('GET', url);
  return { status: res.statusCode, body: res.json() };
}
