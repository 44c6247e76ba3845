// Helpers of the reports tests: table snapshots and seeded activities to report on.
import { rowsOf } from '../../lib/rows.js';
import type { Json } from '../support/json.js';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';

/** Both forms of a reports path: the route form and the contract's literal one. */
export const bothForms = (path: string) => [path, `/api/v1/reports${path}`];

/** Every row of reports.reports, ordered, as JSON text (for "nothing changed" checks). */
async function reportsTable(t: TestApp): Promise<string> {
  const res = await t.database.db.execute(sql`select * from reports.reports order by report_id`);
  const rows = rowsOf<unknown>(res);
  return JSON.stringify(rows);
}

/** Runs `fn` (which should fail) and asserts reports.reports is the same afterwards. */
export async function expectUnchanged(t: TestApp, fn: () => Promise<void>): Promise<void> {
  const before = await reportsTable(t);
  await fn();
  expect(await reportsTable(t)).toBe(before);
}

/** A seeded activity with its mentor and organisation. */
export interface SeedActivity {
  id: string;
  mentorId: string;
  orgId: string;
}

/** The first seeded activities of a mentor (read straight from the seeded stats table). */
export async function activitiesOf(t: TestApp, mentorId: string, n = 3): Promise<SeedActivity[]> {
  const res = await t.database.db.execute(sql`select id, mentor_id, org_id from stats.activities
    where mentor_id = ${mentorId} order by id limit ${n}`);
  const rows = rowsOf<{ id: string; mentor_id: string; org_id: string }>(res);
  return rows.map((r) => ({ id: r.id, mentorId: r.mentor_id, orgId: r.org_id }));
}

/** Creates a report through REST and returns its id. */
export async function createReport(
  t: TestApp,
  a: SeedActivity,
  fields: Record<string, unknown> = { session_date: '2026-03-20' },
) {
  const res = await t.request('POST', '/api/v1/reports', {
    activity_id: a.id,
    peer_mentor_id: a.mentorId,
    org_id: a.orgId,
    fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().report_id as string;
}

/** Sets a report's timestamps back (so a later change is visible at second precision). */
export async function ageReport(t: TestApp, id: string): Promise<void> {
  await t.database.db.execute(sql`update reports.reports set created_at = created_at - interval '1 day',
    updated_at = updated_at - interval '1 day', submitted_at = submitted_at - interval '1 day' where report_id = ${id}`);
}

/** Expects the REST error shape with this status and code. */
export function expectError(res: { statusCode: number; json(): Json; body: string }, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
}
