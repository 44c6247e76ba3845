// Seed data of the reports subgraph (reports on about 30 % of each mentor's recent activities) and its insert.
import type { Pools } from '../../lib/db.js';
import { isoDate } from '../../lib/dates.js';
import { seedStep, seedTables, type SeedCounts, type SeedMentor, type SeedRandom } from '../../lib/seed.js';
import { reports } from './tables.js';

const DAY = 86_400_000;
const topics = ['Job application support', 'Housing questions', 'Language practice', 'Study planning', 'Family life'];
const engagement = ['low', 'medium', 'high', 'very_high'];

/** What a report reads of a seeded activity. */
interface LoggedActivity {
  id: string;
  occurredAt: Date;
}

/** One seeded report row. */
export type SeedReport = typeof reports.$inferInsert;

/** Reports on the mentor's activities of the last 90 days (about 30 %); those older than a week are submitted. */
export function reportsOn(mentor: SeedMentor, log: readonly LoggedActivity[], today: Date, rnd: SeedRandom) {
  const out: SeedReport[] = [];
  for (const a of log.filter((x) => today.getTime() - x.occurredAt.getTime() < 90 * DAY && rnd.next() < 0.3)) {
    const submitted = today.getTime() - a.occurredAt.getTime() > 7 * DAY;
    const fields: Record<string, string | number | boolean> = {
      session_date: isoDate(a.occurredAt),
      attendance_count: rnd.int(1, 12),
      session_topic: rnd.pick(topics),
      participant_engagement: rnd.pick(engagement),
      mentor_notes: 'Discussed next steps.',
    };
    if (rnd.next() < 0.5) fields.way_forward = 'Follow up in two weeks.';
    const created = new Date(a.occurredAt.getTime() + 30 * 60_000);
    out.push({
      reportId: `rpt_${rnd.hex(8)}`,
      activityId: a.id,
      peerMentorId: mentor.id,
      orgId: mentor.orgId,
      status: submitted ? 'submitted' : 'draft',
      fields,
      submittedAt: submitted ? new Date(created.getTime() + 3_600_000) : null,
      createdAt: created,
      updatedAt: submitted ? new Date(created.getTime() + 3_600_000) : created,
    });
  }
  return out;
}

/** Inserts `rows` into the reports subgraph's table when it is empty; resolves with the rows it wrote. */
export function seedReports(pools: Pools, rows: readonly SeedReport[]): Promise<SeedCounts> {
  return seedTables(pools, [seedStep(reports, rows)]);
}
