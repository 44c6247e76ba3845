// Mutation.logActivity: the mentor is checked through the federation; bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { freshMentor, get } from './fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const LOG = `mutation ($input: LogActivityInput!) { logActivity(input: $input) { activity {
  id mentorId orgId status occurredAt durationMinutes contactId type { key } } } }`;
const ORG = 'org_t4_log';
const input = (mentorId: string, over: Record<string, unknown> = {}) => ({
  mentorId,
  orgId: ORG,
  activityTypeId: 'act_type_001',
  occurredAt: '2025-03-12T23:30:00-02:00',
  durationMinutes: 45,
  status: 'COMPLETED',
  contactId: 'contact-x',
  ...over,
});

/** Everything stats stores, to compare before and after a rejected call. */
async function statsState() {
  const q = async (s: ReturnType<typeof sql>) => JSON.stringify(await t.database.db.execute(s));
  return [
    await q(sql`select count(*) from stats.activities`),
    await q(sql`select * from stats.mentor_days order by mentor_id, day`),
    await q(sql`select * from stats.mentor_roster order by mentor_id`),
  ];
}

describe('logActivity', () => {
  it('stores the activity in UTC and the statistics see it at once', async () => {
    const m = await freshMentor(t, ORG);
    const { data, errors } = await t.graphql(LOG, { input: input(m) });
    expect(errors).toBeUndefined();
    expect(data.logActivity.activity).toMatchObject({
      mentorId: m,
      orgId: ORG,
      status: 'COMPLETED',
      occurredAt: '2025-03-13T01:30:00Z',
      durationMinutes: 45,
      contactId: 'contact-x',
      type: { key: 'one_on_one_session' },
    });
    const stats = (await get(t, `/api/v1/personal-stats/${m}?as_of=2025-03-13&period=last_7_days`)).body;
    expect(stats).toMatchObject({
      total_activities: 1,
      completed_activities: 1,
      streak_days: 1,
      total_hours_logged: 0.8,
    });
  });

  it('rejects each bad input with its code and message, writing nothing', async () => {
    const m = await freshMentor(t, ORG);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ mentorId: 'no-such-mentor' }, 'UNPROCESSABLE', /mentorId must be an existing mentor, got 'no-such-mentor'/],
      [{ orgId: 'org_fjord_02' }, 'UNPROCESSABLE', /orgId must be the mentor's organisation \('org_t4_log'\)/],
      [{ activityTypeId: 'act_type_999' }, 'UNPROCESSABLE', /activityTypeId must be a known activity type/],
      [{ durationMinutes: 0 }, 'UNPROCESSABLE', /durationMinutes must be 1..1440, got 0/],
      [{ durationMinutes: 1441 }, 'UNPROCESSABLE', /1441/],
      // a DateTime: GraphQL's own input error, naming the field and what was expected
      [{ occurredAt: '2025-03-12 10:00' }, 'BAD_USER_INPUT', /input\.occurredAt.*DateTime: expected an ISO 8601/],
      [{ occurredAt: '3000-01-01T00:00:00Z' }, 'BAD_USER_INPUT', /DateTime: .*from 1900-01-01 to 2999-12-31/],
      [{ occurredAt: '2999-01-01T00:00:00Z' }, 'UNPROCESSABLE', /must not be in the future/],
      [{ status: 'done' }, 'BAD_USER_INPUT', /status/], // an enum: GraphQL's own input error (REST: 400)
    ];
    const before = await statsState();
    for (const [over, code, message] of cases) {
      const res = await t.graphql(LOG, { input: input(m, over) });
      expect([JSON.stringify(over), res.errors?.[0].extensions.code]).toEqual([JSON.stringify(over), code]);
      expect(res.errors?.[0].message).toMatch(message);
    }
    expect(await statsState()).toEqual(before);
  });

  it('accepts the duration limits 1 and 1440 and a cancelled status', async () => {
    const m = await freshMentor(t, ORG);
    for (const [d, status] of [
      [1, 'COMPLETED'],
      [1440, 'CANCELLED'],
    ] as const) {
      const res = await t.graphql(LOG, { input: input(m, { durationMinutes: d, status }) });
      expect(res.errors).toBeUndefined();
    }
    const body = (await get(t, `/api/v1/personal-stats/${m}?as_of=2025-03-13&period=last_7_days`)).body;
    expect([body.total_activities, body.cancelled_activities, body.avg_session_duration_minutes]).toEqual([2, 1, 1]);
  });
});
