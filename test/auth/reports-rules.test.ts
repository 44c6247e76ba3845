// The reports subgraph's access rules (issue 17): lists and totals hold only the caller's reports, hidden reports do
// not exist (404 / null), mentors create and edit only their own, deletion is a coordinator action, writes record
// their actor; with authentication off nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../lib/rows.js';
import { startTestApp, type TestApp } from '../support/app.js';
import type { Json } from '../support/json.js';
import { bearer, hsToken, testSecret } from './support.js';

const nansen = 'org_nansen_01';
const claims = {
  admin: { sub: 'admin-1', roles: ['admin'] },
  coordinator: { sub: 'coordinator-007', org_id: nansen, roles: ['coordinator'] },
  otherOrg: { sub: 'coordinator-fjord', org_id: 'org_fjord_02', roles: ['coordinator'] },
  mentor: { sub: 'mentor-001', org_id: nansen, roles: ['mentor'] },
  otherMentor: { sub: 'mentor-002', org_id: nansen, roles: ['mentor'] },
  noRole: { sub: 'someone', roles: [] },
};
type Who = keyof typeof claims;

let app: TestApp;
const headers = {} as Record<Who, Record<string, string>>;

/** How many seeded reports match `where` (straight from the table). */
async function countWhere(where: ReturnType<typeof sql>): Promise<number> {
  const res = await app.database.db.execute(sql`select count(*)::int as n from reports.reports where ${where}`);
  return rowsOf<{ n: number }>(res)[0].n;
}

/** A seeded report of a mentor (its id and activity). */
async function reportOf(mentorId: string) {
  const res = await app.database.db.execute(
    sql`select report_id, activity_id from reports.reports where peer_mentor_id = ${mentorId} order by report_id limit 1`,
  );
  return rowsOf<{ report_id: string; activity_id: string }>(res)[0];
}

const rest = (who: Who, method: string, url: string, body?: unknown) => app.request(method, url, body, headers[who]);

async function gql(who: Who, query: string) {
  const res = await app.request('POST', '/graphql', { query }, headers[who]);
  return res.json<{
    data?: Record<string, Json> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  }>();
}

const codesOf = (a: { errors?: { extensions?: { code?: string } }[] }) =>
  (a.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  app = await startTestApp(undefined, { auth: { AUTH_JWT_SECRET: testSecret } });
  for (const [who, c] of Object.entries(claims)) headers[who as Who] = bearer(await hsToken(c));
});
afterAll(async () => app?.close());

describe('lists and totals', () => {
  it("a coordinator's list holds their organisation only, with its total; another org's filter is an empty page", async () => {
    const res = await rest('coordinator', 'GET', '/api/v1/reports?limit=100');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.pagination.total).toBe(await countWhere(sql`org_id = ${nansen}`));
    expect(body.pagination.total).toBeLessThan(await countWhere(sql`true`));
    const ids: string[] = body.data.map((r: { report_id: string }) => r.report_id);
    expect(ids.length).toBeGreaterThan(0);
    const res2 = await app.database.db.execute(sql`select report_id from reports.reports where org_id = ${nansen}`);
    const ofNansen = new Set(rowsOf<{ report_id: string }>(res2).map((r) => r.report_id));
    expect(ids.filter((id) => !ofNansen.has(id))).toEqual([]);
    const other = await rest('coordinator', 'GET', '/api/v1/reports?org_id=org_fjord_02');
    expect(other.json().pagination.total).toBe(0);
    expect(other.json().data).toEqual([]);
  });

  it("a mentor's list holds their own reports only; another mentor's filter is an empty page", async () => {
    const res = await rest('mentor', 'GET', '/api/v1/reports?limit=100');
    const body = res.json();
    expect(body.pagination.total).toBe(await countWhere(sql`peer_mentor_id = 'mentor-001'`));
    expect(body.pagination.total).toBeGreaterThan(0);
    expect(new Set(body.data.map((r: { peer_mentor_id: string }) => r.peer_mentor_id))).toEqual(
      new Set(['mentor-001']),
    );
    const other = await rest('mentor', 'GET', '/api/v1/reports?peer_mentor_id=mentor-002');
    expect(other.json().pagination.total).toBe(0);
  });

  it('an admin sees every report; a caller without a usable role none', async () => {
    const all = await rest('admin', 'GET', '/api/v1/reports?limit=1');
    expect(all.json().pagination.total).toBe(await countWhere(sql`true`));
    const none = await gql('noRole', '{ reports(limit: 100) { items { id } pageInfo { total } } }');
    expect(none.data?.reports).toEqual({ items: [], pageInfo: { total: 0 } });
  });

  it('per-mentor and per-activity lists of a hidden mentor are 404', async () => {
    const own = await reportOf('mentor-001');
    expect((await rest('mentor', 'GET', '/api/v1/reports/by-mentor/mentor-001')).statusCode).toBe(200);
    expect((await rest('otherMentor', 'GET', '/api/v1/reports/by-mentor/mentor-001')).statusCode).toBe(404);
    expect((await rest('otherOrg', 'GET', '/api/v1/reports/by-mentor/mentor-001')).statusCode).toBe(404);
    expect((await rest('coordinator', 'GET', `/api/v1/reports/by-activity/${own.activity_id}`)).statusCode).toBe(200);
    expect((await rest('otherOrg', 'GET', `/api/v1/reports/by-activity/${own.activity_id}`)).statusCode).toBe(404);
    expect((await rest('otherMentor', 'GET', `/api/v1/reports/by-activity/${own.activity_id}`)).statusCode).toBe(404);
  });
});

describe('one report and nested lists', () => {
  it('a hidden report is a 404 in REST and null in GraphQL', async () => {
    const { report_id: id } = await reportOf('mentor-001');
    for (const who of ['admin', 'coordinator', 'mentor'] as const)
      expect((await rest(who, 'GET', `/api/v1/reports/${id}`)).statusCode, who).toBe(200);
    for (const who of ['otherOrg', 'otherMentor', 'noRole'] as const) {
      expect((await rest(who, 'GET', `/api/v1/reports/${id}`)).statusCode, who).toBe(404);
      expect((await gql(who, `{ report(id: "${id}") { id } }`)).data?.report, who).toBeNull();
    }
  });

  it("Mentor.reports and Activity.reports hold nothing of a hidden mentor's", async () => {
    const own = await reportOf('mentor-001');
    const q = `{ mentor(id: "mentor-001") { reports { id } } activity(id: "${own.activity_id}") { reports { id } } }`;
    const seen = await gql('mentor', q);
    expect((seen.data?.mentor as { reports: Json[] }).reports.length).toBeGreaterThan(0);
    expect((seen.data?.activity as { reports: Json[] }).reports.length).toBeGreaterThan(0);
    for (const who of ['otherOrg', 'otherMentor'] as const) {
      const a = await gql(who, q);
      const m = a.data?.mentor as { reports: Json[] } | null;
      const act = a.data?.activity as { reports: Json[] } | null;
      expect(m === null || m.reports.length === 0, who).toBe(true);
      expect(act === null || act.reports.length === 0, who).toBe(true);
    }
  });
});

describe('writes', () => {
  const create = async (who: Who, mentorId: string, orgId = nansen) => {
    const own = await reportOf(mentorId);
    return rest(who, 'POST', '/api/v1/reports', {
      activity_id: own.activity_id,
      peer_mentor_id: mentorId,
      org_id: orgId,
      fields: { session_date: '2026-11-23' },
    });
  };
  const actors = async (id: string) =>
    (await gql('admin', `{ report(id: "${id}") { createdBy updatedBy } }`)).data?.report;

  it('refuses creates for another mentor, in another organisation, and without a role (403)', async () => {
    const before = await countWhere(sql`true`);
    expect((await create('otherMentor', 'mentor-001')).json().error.code).toBe('FORBIDDEN');
    expect((await create('otherOrg', 'mentor-001')).json().error.code).toBe('FORBIDDEN');
    const none = await gql(
      'noRole',
      `mutation { createReport(input: { activityId: "act_000083", peerMentorId: "mentor-001", orgId: "${nansen}" }) { report { id } } }`,
    );
    expect(codesOf(none)).toEqual(['FORBIDDEN']);
    // a coordinator naming their own org for another org's mentor: the mentor does not exist for them
    const hidden = await create('otherOrg', 'mentor-001', 'org_fjord_02');
    expect(hidden.statusCode, hidden.body).toBe(404);
    expect(await countWhere(sql`true`)).toBe(before);
  });

  it('records the creator and the last editor; REST shows neither', async () => {
    const mine = await create('mentor', 'mentor-001');
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).not.toHaveProperty('created_by');
    const id = mine.json().report_id as string;
    expect(await actors(id)).toEqual({ createdBy: 'mentor-001', updatedBy: 'mentor-001' });
    const edit = await rest('coordinator', 'PUT', `/api/v1/reports/${id}`, { fields: { attendance_count: 4 } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await actors(id)).toEqual({ createdBy: 'mentor-001', updatedBy: 'coordinator-007' });
    const byCoordinator = await create('coordinator', 'mentor-001');
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(201);
    expect(await actors(byCoordinator.json().report_id)).toEqual({
      createdBy: 'coordinator-007',
      updatedBy: 'coordinator-007',
    });
  });

  it('edits: own and own org only; a hidden report is a 404 and stays as it was', async () => {
    const { report_id: id } = await reportOf('mentor-001');
    for (const who of ['otherOrg', 'otherMentor'] as const) {
      const res = await rest(who, 'PUT', `/api/v1/reports/${id}`, { fields: { attendance_count: 9 } });
      expect(res.statusCode, who).toBe(404);
    }
    const none = await gql(
      'noRole',
      `mutation { updateReport(id: "${id}", input: { fields: { a: 1 } }) { report { id } } }`,
    );
    expect(codesOf(none)).toEqual(['FORBIDDEN']);
    const ok = await rest('mentor', 'PUT', `/api/v1/reports/${id}`, { fields: { attendance_count: 9 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await actors(id)).toMatchObject({ updatedBy: 'mentor-001' });
  });

  it('deletion: 403 for mentors (before existence), 404 for another org, done by the coordinator', async () => {
    const { report_id: id } = await reportOf('mentor-001');
    expect((await rest('mentor', 'DELETE', `/api/v1/reports/${id}`)).statusCode).toBe(403);
    expect((await rest('mentor', 'DELETE', '/api/v1/reports/rpt_00000000')).statusCode).toBe(403);
    expect((await rest('otherOrg', 'DELETE', `/api/v1/reports/${id}`)).statusCode).toBe(404);
    expect(await countWhere(sql`report_id = ${id}`)).toBe(1);
    expect((await rest('coordinator', 'DELETE', `/api/v1/reports/${id}`)).statusCode).toBe(200);
    expect(await countWhere(sql`report_id = ${id}`)).toBe(0);
  });
});

describe('authentication off', () => {
  let open: TestApp;
  beforeAll(async () => {
    open = await startTestApp();
  });
  afterAll(async () => open?.close());

  it('lists everything and records no actor', async () => {
    const all = await open.request('GET', '/api/v1/reports?limit=1');
    const res = await open.database.db.execute(sql`select count(*)::int as n from reports.reports`);
    expect(all.json().pagination.total).toBe(rowsOf<{ n: number }>(res)[0].n);
    const a = await open.database.db.execute(
      sql`select activity_id, peer_mentor_id, org_id from reports.reports where peer_mentor_id = 'mentor-001' limit 1`,
    );
    const own = rowsOf<{ activity_id: string; peer_mentor_id: string; org_id: string }>(a)[0];
    const made = await open.request('POST', '/api/v1/reports', { ...own, fields: {} });
    expect(made.statusCode, made.body).toBe(201);
    const got = await open.graphql(`{ report(id: "${made.json().report_id}") { createdBy updatedBy } }`);
    expect(got.data).toEqual({ report: { createdBy: null, updatedBy: null } });
  });
});
