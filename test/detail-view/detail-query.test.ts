// The one federated detail query against the seed data, over GraphQL and over REST (contract shape).
import { rowsOf } from '../../lib/rows.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { daysBetween, isoDate, todayUtc } from '../../lib/dates.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const detailQuery = `query ($id: ID!) { mentor(id: $id) {
  id fullName email orgId status { status isPaused }
  certification { expiryDate daysUntilExpiry isWithinWarningWindow }
  activitySummary(period: MONTH) { totalSessions totalActivities period }
  activeAssignments { id contactName status }
} }`;

type Row = Record<string, unknown>;
const rows = async (q: ReturnType<typeof sql>) => {
  const r = await t.database.db.execute(q);
  return rowsOf<Row>(r);
};

/** What the seeded tables say the detail view of `id` is, computed straight from the rows. */
async function expectedFromSeed(id: string) {
  const [m] = await rows(sql`select full_name, email, org_id from mentors.mentors where id = ${id}`);
  const [s] = await rows(sql`select status from mentors.mentor_statuses where mentor_id = ${id}`);
  const [c] = await rows(
    sql`select max(expiry_date)::text as expiry from mentors.certifications where mentor_id = ${id}`,
  );
  const assignments = await rows(
    sql`select id, contact_name from mentors.assignments where mentor_id = ${id} and status = 'open' order by id`,
  );
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const acts =
    await rows(sql`select a.status, t.is_session from stats.activities a join stats.activity_types t on t.id = a.activity_type_id
    where a.mentor_id = ${id} and a.occurred_at >= ${start.toISOString()} and a.occurred_at < ${end.toISOString()}`);
  const expiry = String(c.expiry);
  const days = daysBetween(todayUtc(now), new Date(`${expiry}T00:00:00Z`));
  return {
    id,
    fullName: m.full_name,
    email: m.email,
    orgId: m.org_id,
    status: { status: s.status, isPaused: s.status === 'paused' },
    certification: {
      expiryDate: `${expiry}T00:00:00Z`,
      daysUntilExpiry: days,
      isWithinWarningWindow: days >= 0 && days <= 90,
    },
    activitySummary: {
      totalSessions: acts.filter((a) => a.status === 'completed' && a.is_session).length,
      totalActivities: acts.length,
      period: 'month',
    },
    activeAssignments: assignments.map((a) => ({ id: a.id, contactName: a.contact_name, status: 'open' })),
  };
}

// mentor-010 paused, mentor-014 expired certification, mentor-015 inactive and inside the warning window,
// mentor-031 the other organisation.
describe.each(['mentor-010', 'mentor-014', 'mentor-015', 'mentor-031'])('detail of %s', (id) => {
  it('one GraphQL query joins the mentors and stats subgraphs', async () => {
    const res = await t.graphql(detailQuery, { id });
    expect(res.errors).toBeUndefined();
    const e = await expectedFromSeed(id);
    // the graph's enums are UPPER_CASE where the tables (and the REST contract) hold lower case
    expect(res.data.mentor).toEqual({
      ...e,
      status: { ...e.status, status: String(e.status.status).toUpperCase() },
      activitySummary: { ...e.activitySummary, period: 'MONTH' },
      activeAssignments: e.activeAssignments.map((a) => ({ ...a, status: 'OPEN' })),
    });
  });

  it('the REST GET prints the same view in the contract shape', async () => {
    const e = await expectedFromSeed(id);
    const res = await t.request('GET', `/api/v1/peer-mentor-bloc/api/v1/peer-mentor-bloc/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      mentor_id: id,
      state: 'loaded',
      profile: {
        full_name: e.fullName,
        email: e.email,
        org_id: e.orgId,
        status: e.status.status,
        is_paused: e.status.isPaused,
      },
      certification: {
        expiry_date: e.certification.expiryDate,
        days_until_expiry: e.certification.daysUntilExpiry,
        is_within_warning_window: e.certification.isWithinWarningWindow,
      },
      activity_summary: {
        total_sessions: e.activitySummary.totalSessions,
        total_activities: e.activitySummary.totalActivities,
        period: 'month',
      },
      active_assignments: e.activeAssignments.map((a) => ({
        assignment_id: a.id,
        contact_name: a.contactName,
        status: 'open',
      })),
      loaded_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
    expect(res.json().loaded_at.slice(0, 10)).toBe(isoDate(new Date()));
  });
});

describe('seed facts the detail view shows', () => {
  it('covers a paused mentor, an expired certification and one inside the warning window', async () => {
    expect((await expectedFromSeed('mentor-010')).status.isPaused).toBe(true);
    expect((await expectedFromSeed('mentor-014')).certification.daysUntilExpiry).toBeLessThan(0);
    expect((await expectedFromSeed('mentor-015')).certification.isWithinWarningWindow).toBe(true);
  });

  it('unknown mentor: null over GraphQL', async () => {
    expect((await t.graphql(detailQuery, { id: 'mentor-999' })).data.mentor).toBeNull();
  });
});
