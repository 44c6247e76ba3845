// Date range of every date input (lib/dates.ts: 1900-01-01 … 2999-12-31): each REST row's date parameters and each
// GraphQL date argument answer far and just-outside values with a 4xx in the error shape (never a 5xx), and take
// the bounds themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, createReport, type SeedActivity } from '../reports/support.js';
import { addMentor } from '../milestones/helpers.js';

let t: TestApp;
let act: SeedActivity;
let mentorNo = 0;
beforeAll(async () => {
  t = await startTestApp();
  [act] = await activitiesOf(t, 'mentor-004', 1);
  await addMentor(t, 'dr-ms');
  const res = await t.request('POST', '/api/v1/milestones', {
    mentor_id: 'dr-ms',
    period: { year: 2025 },
    summary: { total_hours: 20, unique_contacts_helped: 1, activity_count: 1 },
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

/** What kind of value a parameter takes, its values outside the range (far and one step) and its two bounds. */
const kinds = {
  date: { outside: ['0001-01-01', '1899-12-31', '3000-01-01', '9999-12-31'], bounds: ['1900-01-01', '2999-12-31'] },
  timestamp: {
    outside: ['0001-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '3000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'],
    bounds: ['1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z'],
  },
  month: { outside: ['0001-01', '1899-12', '3000-01', '9999-12'], bounds: ['1900-01', '2999-12'] },
  year: { outside: [1, 1899, 3000, 9999], bounds: [1900, 2999] },
} as const;
type Kind = keyof typeof kinds;
type Value = string | number;

/** A fresh mentor (no status record) of org_fjord_02, for rows that change a mentor's state. */
async function freshMentor(withStatus = false): Promise<string> {
  const id = `dr-m-${++mentorNo}`;
  const r = await t.graphql(
    `mutation { createMentor(input: { id: "${id}", fullName: "Range ${id}", email: "${id}@example.org", orgId: "org_fjord_02" }) { mentor { id } } }`,
  );
  expect(r.errors).toBeUndefined();
  if (withStatus) {
    const s = await t.request('POST', '/api/v1/mentor-statuses', { mentor_id: id, status: 'active' });
    expect(s.statusCode, s.body).toBe(201);
  }
  return id;
}

/** An active pause record of a fresh mentor. */
async function freshPause(): Promise<string> {
  const res = await t.request('POST', '/api/v1/pause-records', {
    mentor_id: await freshMentor(true),
    reason: 'health',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().pause_record_id;
}

const PS = '/api/v1/personal-stats/mentor-001';

/** One date parameter of one REST row: how to send a value, the status outside the range, the bounds' statuses. */
interface RestCase {
  row: string;
  param: string;
  kind: Kind;
  send: (v: Value) => Promise<{ statusCode: number; body: string }>;
  /** Status of a value outside the range: the row's status for a malformed date (400; a period year 422). */
  outside?: number;
  /** Statuses of the lower and the upper bound (a rule other than the range may reject one, never with 400). */
  bounds: [number, number];
}

const get = (url: string) => t.request('GET', url);
const restCases: RestCase[] = [
  ...(['date', 'timestamp'] as const).flatMap((kind): RestCase[] => [
    {
      row: 'POST /api/v1/mentor-statuses',
      param: 'pause_start_date',
      kind,
      send: async (v) =>
        t.request('POST', '/api/v1/mentor-statuses', {
          mentor_id: await freshMentor(),
          status: 'paused',
          pause_start_date: v,
        }),
      bounds: [201, 201],
    },
    {
      row: 'POST /api/v1/mentor-statuses',
      param: 'expected_return_date',
      kind,
      send: async (v) =>
        t.request('POST', '/api/v1/mentor-statuses', {
          mentor_id: await freshMentor(),
          status: 'paused',
          pause_start_date: '1900-01-01',
          expected_return_date: v,
        }),
      bounds: [201, 201],
    },
    {
      row: 'PUT /api/v1/mentor-statuses/:mentorId',
      param: 'pause_start_date',
      kind,
      send: async (v) =>
        t.request('PUT', `/api/v1/mentor-statuses/${await freshMentor(true)}`, {
          status: 'paused',
          pause_start_date: v,
        }),
      bounds: [200, 200],
    },
    {
      row: 'PUT /api/v1/mentor-statuses/:mentorId',
      param: 'expected_return_date',
      kind,
      send: async (v) =>
        t.request('PUT', `/api/v1/mentor-statuses/${await freshMentor(true)}`, {
          status: 'paused',
          pause_start_date: '1900-01-01',
          expected_return_date: v,
        }),
      bounds: [200, 200],
    },
    {
      row: 'POST /api/v1/pause-records',
      param: 'start_date',
      kind,
      send: async (v) =>
        t.request('POST', '/api/v1/pause-records', {
          mentor_id: await freshMentor(true),
          reason: 'health',
          start_date: v,
        }),
      bounds: [201, 201],
    },
    {
      row: 'POST /api/v1/pause-records',
      param: 'expected_return_date',
      kind,
      send: async (v) =>
        t.request('POST', '/api/v1/pause-records', {
          mentor_id: await freshMentor(true),
          reason: 'health',
          start_date: '1900-01-01',
          expected_return_date: v,
        }),
      bounds: [201, 201],
    },
    {
      row: 'PUT /api/v1/pause-records/:id',
      param: 'end_date',
      kind,
      // the record starts now: an end in 1900 breaks the order rule (422), not the range
      send: async (v) => t.request('PUT', `/api/v1/pause-records/${await freshPause()}`, { end_date: v }),
      bounds: [422, 200],
    },
    {
      row: 'PUT /api/v1/pause-records/:id',
      param: 'expected_return_date',
      kind,
      send: async (v) => t.request('PUT', `/api/v1/pause-records/${await freshPause()}`, { expected_return_date: v }),
      bounds: [422, 200],
    },
  ]),
  ...(['', '/activity-breakdown'] as const).flatMap((path) =>
    (['last_30_days', 'last_365_days', 'year_to_date', 'all_time'] as const).map((period): RestCase => ({
      row: `GET /api/v1/personal-stats/:mentor_id${path} (period=${period})`,
      param: 'as_of',
      kind: 'date',
      send: (v) => get(`${PS}${path}?as_of=${v}&period=${period}`),
      bounds: [200, 200],
    })),
  ),
  ...(['/monthly-series', '/contribution-history'] as const).map((path): RestCase => ({
    row: `GET /api/v1/personal-stats/:mentor_id${path}`,
    param: 'as_of',
    kind: 'date',
    send: (v) => get(`${PS}${path}?as_of=${v}`),
    bounds: [200, 200],
  })),
  {
    row: 'GET /api/v1/personal-stats/:mentor_id/monthly-series',
    param: 'from',
    kind: 'month',
    send: (v) => get(`${PS}/monthly-series?from=${v}&as_of=2999-12-31`),
    bounds: [200, 200],
  },
  {
    row: 'GET /api/v1/personal-stats/:mentor_id/monthly-series',
    param: 'to',
    kind: 'month',
    send: (v) => get(`${PS}/monthly-series?from=1900-01&to=${v}&as_of=2999-12-31`),
    bounds: [200, 200],
  },
  {
    row: 'GET /api/v1/personal-stats/:mentor_id/contribution-history',
    param: 'from_year',
    kind: 'year',
    send: (v) => get(`${PS}/contribution-history?from_year=${v}&as_of=2999-12-31`),
    bounds: [200, 200],
  },
  {
    row: 'GET /api/v1/personal-stats/:mentor_id/contribution-history',
    param: 'to_year',
    kind: 'year',
    send: (v) => get(`${PS}/contribution-history?from_year=1900&to_year=${v}&as_of=2999-12-31`),
    bounds: [200, 200],
  },
  {
    row: 'POST /api/v1/milestones',
    param: 'period.start_date',
    kind: 'date',
    send: (v) =>
      t.request('POST', '/api/v1/milestones', {
        mentor_id: 'dr-ms',
        period: { start_date: v, end_date: '2999-12-31' },
      }),
    bounds: [200, 200],
  },
  {
    row: 'POST /api/v1/milestones',
    param: 'period.end_date',
    kind: 'date',
    send: (v) =>
      t.request('POST', '/api/v1/milestones', {
        mentor_id: 'dr-ms',
        period: { start_date: '1900-01-01', end_date: v },
      }),
    bounds: [200, 200],
  },
  {
    row: 'POST /api/v1/milestones',
    param: 'period.year',
    kind: 'year',
    send: (v) => t.request('POST', '/api/v1/milestones', { mentor_id: 'dr-ms', period: { year: v } }),
    outside: 422,
    bounds: [200, 200],
  },
  {
    row: 'PUT /api/v1/milestones/:id',
    param: 'achieved_at',
    kind: 'timestamp',
    // 2999 is in the future: a rule (422), not the range
    send: (v) => t.request('PUT', '/api/v1/milestones/milestone_10h:dr-ms', { achieved_at: v }),
    bounds: [200, 422],
  },
  {
    row: 'GET /api/v1/milestones/:mentor_id/new',
    param: 'start_date',
    kind: 'date',
    send: (v) => get(`/api/v1/milestones/mentor-001/new?start_date=${v}&end_date=2999-12-31`),
    bounds: [200, 200],
  },
  {
    row: 'GET /api/v1/milestones/:mentor_id/new',
    param: 'end_date',
    kind: 'date',
    send: (v) => get(`/api/v1/milestones/mentor-001/new?end_date=${v}`),
    bounds: [200, 200],
  },
  {
    row: 'POST /api/v1/reports',
    param: 'fields.session_date',
    kind: 'date',
    send: (v) =>
      t.request('POST', '/api/v1/reports', {
        activity_id: act.id,
        peer_mentor_id: act.mentorId,
        org_id: act.orgId,
        fields: { session_date: v },
      }),
    bounds: [201, 201],
  },
  {
    row: 'PUT /api/v1/reports/:id',
    param: 'fields.session_date',
    kind: 'date',
    send: async (v) =>
      t.request('PUT', `/api/v1/reports/${await createReport(t, act)}`, { fields: { session_date: v } }),
    bounds: [200, 200],
  },
];

/** The message names the allowed range and the value that came. */
function expectRangeMessage(message: string, kind: Kind, v: Value) {
  const [lo, hi] =
    kind === 'year' ? ['1900', '2999'] : kind === 'month' ? ['1900-01', '2999-12'] : ['1900-01-01', '2999-12-31'];
  expect(message).toContain(lo);
  expect(message).toContain(hi);
  expect(message).toContain(String(v));
}

describe('date range on every REST row', () => {
  it.each(restCases.map((c) => [`${c.row} ${c.param} (${c.kind})`, c] as const))('%s', async (_name, c) => {
    for (const v of kinds[c.kind].outside) {
      const res = await c.send(v);
      const where = `${c.row} ${c.param}=${v} -> ${res.body}`;
      expect(res.statusCode, where).toBe(c.outside ?? 400);
      const body = JSON.parse(res.body);
      expect(body, where).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
      expectRangeMessage(body.error.message, c.kind, v);
    }
    for (const [i, v] of kinds[c.kind].bounds.entries()) {
      const res = await c.send(v);
      expect(res.statusCode, `${c.row} ${c.param}=${v} -> ${res.body}`).toBe(c.bounds[i]);
    }
  });
});

/** One GraphQL date argument or input field: the operation with `$v`, and whether each bound succeeds. */
interface GraphqlCase {
  arg: string;
  kind: Kind;
  query: string | (() => string | Promise<string>);
  /** The variables for a value (default `{ v }`). */
  vars?: (v: Value) => Record<string, unknown>;
  /** Error code of each bound when a rule other than the range rejects it; undefined = no error. */
  bounds?: [string | undefined, string | undefined];
}

/** The GraphQL type of `$v` for a kind of value: dates and timestamps are the graph's scalars. */
const varType = (kind: Kind) => ({ year: 'Int', month: 'String', date: 'Date', timestamp: 'DateTime' })[kind];
const stats = (field: string, kind: Kind = 'date') =>
  `query($v: ${varType(kind)}) { mentor(id: "mentor-001") { ${field} } }`;
const graphqlCases: GraphqlCase[] = [
  ...(['LAST_30_DAYS', 'LAST_365_DAYS', 'YEAR_TO_DATE', 'ALL_TIME'] as const).flatMap((p): GraphqlCase[] => [
    {
      arg: `Mentor.personalStats(asOf) ${p}`,
      kind: 'date',
      query: stats(`personalStats(period: ${p}, asOf: $v) { startDate }`),
    },
    {
      arg: `Mentor.activityBreakdown(asOf) ${p}`,
      kind: 'date',
      query: stats(`activityBreakdown(period: ${p}, asOf: $v) { pageInfo { total } }`),
    },
  ]),
  { arg: 'Mentor.monthlySeries(asOf)', kind: 'date', query: stats('monthlySeries(asOf: $v) { pageInfo { total } }') },
  {
    arg: 'Mentor.monthlySeries(from)',
    kind: 'month',
    query: stats('monthlySeries(from: $v, asOf: "2999-12-31") { pageInfo { total } }', 'month'),
  },
  {
    arg: 'Mentor.monthlySeries(to)',
    kind: 'month',
    query: stats('monthlySeries(from: "1900-01", to: $v, asOf: "2999-12-31") { pageInfo { total } }', 'month'),
  },
  {
    arg: 'Mentor.contributionHistory(asOf)',
    kind: 'date',
    query: stats('contributionHistory(asOf: $v) { pageInfo { total } }'),
  },
  {
    arg: 'Mentor.contributionHistory(fromYear)',
    kind: 'year',
    query: stats('contributionHistory(fromYear: $v, asOf: "2999-12-31") { pageInfo { total } }', 'year'),
  },
  {
    arg: 'Mentor.contributionHistory(toYear)',
    kind: 'year',
    query: stats('contributionHistory(fromYear: 1900, toYear: $v, asOf: "2999-12-31") { pageInfo { total } }', 'year'),
  },
  {
    arg: 'Mentor.activityTotals(startDate)',
    kind: 'date',
    query: stats('activityTotals(startDate: $v, endDate: "2999-12-31") { activityCount }'),
  },
  {
    arg: 'Mentor.activityTotals(endDate)',
    kind: 'date',
    query: stats('activityTotals(startDate: "1900-01-01", endDate: $v) { activityCount }'),
  },
  {
    arg: 'Mentor.newMilestones(startDate)',
    kind: 'date',
    query: stats('newMilestones(startDate: $v, endDate: "2999-12-31") { id }'),
  },
  { arg: 'Mentor.newMilestones(endDate)', kind: 'date', query: stats('newMilestones(endDate: $v) { id }') },
  {
    arg: 'LogActivityInput.occurredAt',
    kind: 'timestamp',
    query: async () =>
      `mutation($v: DateTime!) { logActivity(input: { mentorId: "${await freshMentor()}", orgId: "org_fjord_02",
        activityTypeId: "act_type_001", occurredAt: $v, durationMinutes: 30, status: COMPLETED }) { activity { id } } }`,
    bounds: [undefined, 'UNPROCESSABLE'],
  },
  {
    arg: 'PeriodInput.startDate',
    kind: 'date',
    query: `mutation($v: Date) { detectMilestones(input: { mentorId: "dr-ms",
      period: { startDate: $v, endDate: "2999-12-31" } }) { milestones { pageInfo { total } } } }`,
  },
  {
    arg: 'PeriodInput.year',
    kind: 'year',
    query: `mutation($v: Int) { detectMilestones(input: { mentorId: "dr-ms", period: { year: $v } }) { milestones { pageInfo { total } } } }`,
  },
  {
    arg: 'UpdateMilestoneInput.achievedAt',
    kind: 'timestamp',
    query: `mutation($v: DateTime) { updateMilestone(id: "milestone_10h:dr-ms", input: { achievedAt: $v }) { milestone { id } } }`,
    bounds: [undefined, 'UNPROCESSABLE'],
  },
  {
    arg: 'CreatePauseRecordInput.startDate',
    kind: 'timestamp',
    query: async () =>
      `mutation($v: DateTime) { createPauseRecord(input: { mentorId: "${await freshMentor(true)}", reason: HEALTH,
        startDate: $v }) { pauseRecord { id } } }`,
  },
  {
    arg: 'CreateReportInput.fields.session_date',
    kind: 'date',
    query: () => `mutation($f: JSONObject) { createReport(input: { activityId: ${JSON.stringify(act.id)},
      peerMentorId: ${JSON.stringify(act.mentorId)}, orgId: ${JSON.stringify(act.orgId)}, fields: $f }) { report { id } } }`,
    vars: (v) => ({ f: { session_date: v } }),
  },
  {
    arg: 'UpdateReportInput.fields.session_date',
    kind: 'date',
    query: async () =>
      `mutation($f: JSONObject) { updateReport(id: "${await createReport(t, act)}", input: { fields: $f }) { report { id } } }`,
    vars: (v) => ({ f: { session_date: v } }),
  },
];

describe('date range on GraphQL arguments', () => {
  it.each(graphqlCases.map((c) => [`${c.arg} (${c.kind})`, c] as const))('%s', async (_name, c) => {
    const text = async () => (typeof c.query === 'string' ? c.query : await c.query());
    const vars = c.vars ?? ((v: Value) => ({ v }));
    for (const v of kinds[c.kind].outside) {
      const res = await t.graphql(await text(), vars(v));
      const where = `${c.arg}=${v} -> ${JSON.stringify(res)}`;
      // a Date or DateTime variable is refused by the scalar, in GraphQL's own input validation (HTTP 400)
      const code =
        c.arg === 'PeriodInput.year'
          ? 'UNPROCESSABLE'
          : c.kind === 'date' || c.kind === 'timestamp'
            ? c.arg.includes('fields.')
              ? 'BAD_REQUEST'
              : 'BAD_USER_INPUT'
            : 'BAD_REQUEST';
      expect(res.errors?.[0]?.extensions, where).toMatchObject({ code });
      expectRangeMessage(String(res.errors?.[0]?.message), c.kind, v);
    }
    for (const [i, v] of kinds[c.kind].bounds.entries()) {
      const res = await t.graphql(await text(), vars(v));
      const where = `${c.arg}=${v} -> ${JSON.stringify(res)}`;
      const want = c.bounds?.[i];
      if (want) expect(res.errors?.[0]?.extensions, where).toMatchObject({ code: want });
      else expect(res.errors, where).toBeUndefined();
    }
  });
});
