// The seed's time invariants, over every seeded row: nothing happens before the mentor exists, nothing ends before it
// starts, a status was last updated no earlier than what set it (its creation, its active pause, the end of a pause).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../lib/db.js';
import { rowsOf } from '../lib/rows.js';
import { openTestDatabase } from './support/db.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Each invariant: a name and a query listing the ids of the rows that break it (none expected). */
const invariants: [string, string][] = [
  [
    'status created_at ≥ mentor created_at and ≤ last_updated',
    `select s.mentor_id as id from mentors.mentor_statuses s join mentors.mentors m on m.id = s.mentor_id
     where s.created_at < m.created_at or s.last_updated < s.created_at`,
  ],
  [
    'a paused status has exactly one active pause, started no later than last_updated',
    `select s.mentor_id as id from mentors.mentor_statuses s
     where (s.status = 'paused') <> exists (select 1 from mentors.pause_records p
                                            where p.mentor_id = s.mentor_id and p.is_active)
        or exists (select 1 from mentors.pause_records p
                   where p.mentor_id = s.mentor_id and p.is_active and p.start_date > s.last_updated)`,
  ],
  [
    'an ended pause ended before the status was last updated',
    `select p.id from mentors.pause_records p join mentors.mentor_statuses s on s.mentor_id = p.mentor_id
     where p.end_date is not null and p.end_date > s.last_updated`,
  ],
  [
    'pause: start ≥ mentor created_at, end and expected return ≥ start, created_at ≤ updated_at',
    `select p.id from mentors.pause_records p join mentors.mentors m on m.id = p.mentor_id
     where p.start_date < m.created_at or p.end_date < p.start_date or p.expected_return_date < p.start_date
        or p.updated_at < p.created_at or p.created_at < m.created_at or (p.is_active and p.end_date is not null)`,
  ],
  [
    'pauses of one mentor do not overlap',
    `select a.id from mentors.pause_records a join mentors.pause_records b
       on a.mentor_id = b.mentor_id and a.id < b.id
     where a.start_date < coalesce(b.end_date, 'infinity') and b.start_date < coalesce(a.end_date, 'infinity')`,
  ],
  [
    'status history: after the mentor was created, in order, each from the previous to',
    `select h.id::text from mentors.mentor_status_history h join mentors.mentors m on m.id = h.mentor_id
     where h.changed_at < m.created_at
        or h.from_status is distinct from (select p.to_status from mentors.mentor_status_history p
                                           where p.mentor_id = h.mentor_id and (p.changed_at, p.id) < (h.changed_at, h.id)
                                           order by p.changed_at desc, p.id desc limit 1)`,
  ],
  ['certification issued ≤ expiry', `select c.id from mentors.certifications c where c.issued_date > c.expiry_date`],
  [
    'assignment created ≥ mentor created_at, closed ≥ created, updated ≥ created, closed ⇔ status closed',
    `select a.id from mentors.assignments a join mentors.mentors m on m.id = a.mentor_id
     where a.created_at < m.created_at or a.closed_at < a.created_at or a.updated_at < a.created_at
        or (a.status = 'closed') <> (a.closed_at is not null)`,
  ],
  [
    'activity occurred after its mentor was created, in its organisation, and was not logged before it happened',
    `select a.id from stats.activities a join mentors.mentors m on m.id = a.mentor_id
     where a.occurred_at < m.created_at or a.org_id <> m.org_id or a.created_at < a.occurred_at`,
  ],
  [
    'report created after its activity, by its mentor; updated ≥ created, submitted in created..updated',
    `select r.report_id as id from reports.reports r join stats.activities a on a.id = r.activity_id
     where r.created_at < a.occurred_at or r.peer_mentor_id <> a.mentor_id or r.org_id <> a.org_id
        or r.updated_at < r.created_at or r.submitted_at < r.created_at or r.submitted_at > r.updated_at
        or r.fields ->> 'session_date' <> to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD')`,
  ],
  [
    "milestone achieved at a completed activity of its mentor, no later than the row's created_at",
    `select mm.definition_key || ':' || mm.mentor_id as id from milestones.mentor_milestones mm
     where mm.updated_at < mm.created_at or mm.achieved_at > mm.created_at
        or (mm.achieved_at is not null and not exists (
              select 1 from stats.activities a where a.mentor_id = mm.mentor_id and a.status = 'completed'
                and a.occurred_at = mm.achieved_at))`,
  ],
];

describe('seed time invariants', () => {
  it('seeds rows in every table the invariants read', async () => {
    for (const table of [
      'mentors.mentors',
      'mentors.mentor_statuses',
      'mentors.pause_records',
      'mentors.assignments',
      'stats.activities',
      'reports.reports',
      'milestones.mentor_milestones',
    ]) {
      const res = await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
      expect(rowsOf<{ n: number }>(res)[0].n, table).toBeGreaterThan(0);
    }
  });

  it.each(invariants)('%s', async (_name, query) => {
    const res = await database.db.execute(sql.raw(query));
    expect(rowsOf<{ id: string }>(res).map((r) => r.id)).toEqual([]);
  });
});
