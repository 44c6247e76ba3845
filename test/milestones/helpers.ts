// Shared helpers of the milestones tests: fresh mentors, hand-made activity logs, table snapshots.
import { asc, eq } from 'drizzle-orm';
import type { TestApp } from '../support/app.js';
import { mentors } from '../../subgraphs/mentors/tables.js';
import { activities } from '../../subgraphs/stats/tables.js';
import { mentorMilestones } from '../../subgraphs/milestones/tables.js';

/** Inserts a mentor with no activities and no milestones (direct insert into mentors.mentors). */
export async function addMentor(t: TestApp, id: string): Promise<string> {
  await t.database.db
    .insert(mentors)
    .values({ id, fullName: `Test ${id}`, email: `${id}@example.test`, orgId: 'org_nansen_01' });
  return id;
}

/** One hand-made activity: when, minutes, contact, and whether it was cancelled. */
export interface LogEntry {
  at: string;
  minutes: number;
  contact: string | null;
  cancelled?: boolean;
}

/** Inserts a mentor's activity log directly into stats.activities. */
export async function addActivities(t: TestApp, mentorId: string, log: LogEntry[]): Promise<void> {
  await t.database.db.insert(activities).values(
    log.map((a, i) => ({
      id: `${mentorId}-act-${i}`,
      mentorId,
      orgId: 'org_nansen_01',
      activityTypeId: 'act_type_001',
      status: a.cancelled ? ('cancelled' as const) : ('completed' as const),
      occurredAt: new Date(a.at),
      durationMinutes: a.minutes,
      contactId: a.contact,
    })),
  );
}

/** Every mentor_milestones row (optionally one mentor's), in a stable order, for before/after comparisons. */
export async function milestoneRows(t: TestApp, mentorId?: string) {
  const q = t.database.db.select().from(mentorMilestones);
  return (mentorId ? q.where(eq(mentorMilestones.mentorId, mentorId)) : q).orderBy(
    asc(mentorMilestones.mentorId),
    asc(mentorMilestones.definitionKey),
  );
}

/** A detection body for REST POST. */
export function detectBody(
  mentorId: string,
  summary?: [number, number, number],
  period = { year: 2025, start_date: '2025-01-01', end_date: '2025-12-31' },
) {
  return {
    mentor_id: mentorId,
    period,
    ...(summary
      ? { summary: { total_hours: summary[0], unique_contacts_helped: summary[1], activity_count: summary[2] } }
      : {}),
  };
}

/** The detected items keyed by catalog key (the part of the id before ':'). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of tests
export function byKey(items: { id: string }[]): Record<string, Record<string, any>> {
  return Object.fromEntries(items.map((m) => [m.id.split(':')[0], m]));
}

/** `YYYY-MM-DD` of today (UTC) shifted by `days`. */
export function dayOffset(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}
