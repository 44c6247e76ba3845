// The milestones subgraph's access rules (issue 17): milestones have no organisation of their own, so visibility
// follows the mentor's (asked of the mentors subgraph). Lists and totals hold only the caller's mentors, a hidden
// mentor's milestones do not exist (404 / null), detect/update/delete are coordinator actions (403 first); with
// authentication off nothing changes.
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

/** How many milestone rows match `where` (joined with their mentor, straight from the tables). */
async function countWhere(where: ReturnType<typeof sql>): Promise<number> {
  const res = await app.database.db.execute(sql`select count(*)::int as n from milestones.mentor_milestones mm
    join mentors.mentors m on m.id = mm.mentor_id where ${where}`);
  return rowsOf<{ n: number }>(res)[0].n;
}

/** A milestone id of this mentor (the first by key). */
async function milestoneOf(mentorId: string): Promise<string> {
  const res = await app.database.db.execute(sql`select definition_key from milestones.mentor_milestones
    where mentor_id = ${mentorId} order by definition_key limit 1`);
  return `${rowsOf<{ definition_key: string }>(res)[0].definition_key}:${mentorId}`;
}

const rest = (who: Who, method: string, url: string, body?: unknown) => app.request(method, url, body, headers[who]);

async function gql(who: Who, query: string) {
  const res = await app.request('POST', '/graphql', { query }, headers[who]);
  return res.json<{ data?: Record<string, Json> | null; errors?: { extensions?: { code?: string } }[] }>();
}

beforeAll(async () => {
  app = await startTestApp(undefined, { auth: { AUTH_JWT_SECRET: testSecret } });
  for (const [who, c] of Object.entries(claims)) headers[who as Who] = bearer(await hsToken(c));
});
afterAll(async () => app?.close());

describe('lists and totals', () => {
  it("a coordinator's list holds their organisation's mentors only, with the right total across pages", async () => {
    const total = await countWhere(sql`m.org_id = ${nansen}`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(await countWhere(sql`true`));
    const first = (await rest('coordinator', 'GET', '/api/v1/milestones?limit=100')).json();
    expect(first.pagination.total).toBe(total);
    const res = await app.database.db.execute(sql`select id from mentors.mentors where org_id = ${nansen}`);
    const ofNansen = new Set(rowsOf<{ id: string }>(res).map((r) => r.id));
    const ids: string[] = first.data.map((m: { mentor_id: string }) => m.mentor_id);
    expect(ids.filter((id) => !ofNansen.has(id))).toEqual([]);
    const last = (await rest('coordinator', 'GET', `/api/v1/milestones?limit=10&page=${Math.ceil(total / 10)}`)).json();
    expect(last.data.length).toBe(total - 10 * (Math.ceil(total / 10) - 1));
    const achieved = (await rest('coordinator', 'GET', '/api/v1/milestones?status=achieved&limit=1')).json();
    expect(achieved.pagination.total).toBe(await countWhere(sql`m.org_id = ${nansen} and mm.status = 'achieved'`));
  });

  it("a mentor's list holds their own milestones; an admin's all; no role none", async () => {
    const mine = (await rest('mentor', 'GET', '/api/v1/milestones?limit=100')).json();
    expect(mine.pagination.total).toBe(await countWhere(sql`mm.mentor_id = 'mentor-001'`));
    expect(new Set(mine.data.map((m: { mentor_id: string }) => m.mentor_id))).toEqual(new Set(['mentor-001']));
    const all = (await rest('admin', 'GET', '/api/v1/milestones?limit=1')).json();
    expect(all.pagination.total).toBe(await countWhere(sql`true`));
    const none = await gql('noRole', '{ milestones(limit: 100) { items { id } pageInfo { total } } }');
    expect(none.data?.milestones).toEqual({ items: [], pageInfo: { total: 0 } });
  });

  it("a coordinator's list costs one statement for its mentors, one batched lookup of their orgs, page and total", async () => {
    const { result, statements } = await app.database.statements.measure(() =>
      rest('coordinator', 'GET', '/api/v1/milestones?limit=100'),
    );
    expect(result.statusCode).toBe(200);
    expect(statements).toBe(4);
    const mine = await app.database.statements.measure(() => rest('mentor', 'GET', '/api/v1/milestones?limit=100'));
    expect(mine.statements).toBe(2);
  });

  it('a list of a hidden mentor is a 404, as for an unknown one', async () => {
    expect((await rest('coordinator', 'GET', '/api/v1/milestones?mentor_id=mentor-001')).statusCode).toBe(200);
    expect((await rest('mentor', 'GET', '/api/v1/milestones?mentor_id=mentor-001')).statusCode).toBe(200);
    for (const who of ['otherOrg', 'otherMentor', 'noRole'] as const)
      expect((await rest(who, 'GET', '/api/v1/milestones?mentor_id=mentor-001')).statusCode, who).toBe(404);
  });
});

describe('one milestone and nested lists', () => {
  it("a hidden mentor's milestone is a 404 in REST and null in GraphQL", async () => {
    const id = await milestoneOf('mentor-001');
    for (const who of ['admin', 'coordinator', 'mentor'] as const)
      expect((await rest(who, 'GET', `/api/v1/milestones/${id}`)).statusCode, who).toBe(200);
    for (const who of ['otherOrg', 'otherMentor', 'noRole'] as const) {
      expect((await rest(who, 'GET', `/api/v1/milestones/${id}`)).statusCode, who).toBe(404);
      expect((await gql(who, `{ milestone(id: "${id}") { id } }`)).data?.milestone, who).toBeNull();
    }
  });

  it("Mentor.milestones, newMilestones and inProgressMilestones hold nothing of a hidden mentor's", async () => {
    const q = `{ mentor(id: "mentor-001") { milestones { id } newMilestones(startDate: "2000-01-01") { id }
      inProgressMilestones { id } } }`;
    const seen = (await gql('coordinator', q)).data?.mentor as { milestones: Json[] };
    expect(seen.milestones.length).toBeGreaterThan(0);
    for (const who of ['otherOrg', 'otherMentor'] as const) {
      const m = (await gql(who, q)).data?.mentor as Record<string, Json[]> | null;
      expect(m === null || Object.values(m).every((l) => l.length === 0), who).toBe(true);
    }
  });
});

describe('writes', () => {
  const detect = (who: Who, mentorId: string) =>
    rest(who, 'POST', '/api/v1/milestones', {
      mentor_id: mentorId,
      period: { year: 2025, start_date: '2025-01-01', end_date: '2025-12-31' },
      summary: { total_hours: 312.5, unique_contacts_helped: 47, activity_count: 198 },
    });

  it('detect, update and delete are coordinator actions: 403 for mentors, even for an unknown mentor', async () => {
    const id = await milestoneOf('mentor-001');
    for (const who of ['mentor', 'otherMentor', 'noRole'] as const) {
      expect((await detect(who, 'mentor-001')).statusCode, who).toBe(403);
      expect((await detect(who, 'mentor-999')).statusCode, who).toBe(403);
      expect((await rest(who, 'PUT', `/api/v1/milestones/${id}`, { achieved_value: 81 })).statusCode, who).toBe(403);
      expect((await rest(who, 'DELETE', `/api/v1/milestones/nothing:mentor-999`)).statusCode, who).toBe(403);
      expect((await rest(who, 'DELETE', `/api/v1/milestones/${id}`)).statusCode, who).toBe(403);
    }
  });

  it("another organisation's mentor does not exist for a coordinator's writes (404), and nothing changes", async () => {
    const id = await milestoneOf('mentor-001');
    const before = await countWhere(sql`mm.mentor_id = 'mentor-001'`);
    const res = await detect('otherOrg', 'mentor-001');
    expect(res.statusCode, res.body).toBe(404);
    expect((await rest('otherOrg', 'PUT', `/api/v1/milestones/${id}`, { achieved_value: 81 })).statusCode).toBe(404);
    expect((await rest('otherOrg', 'DELETE', `/api/v1/milestones/${id}`)).statusCode).toBe(404);
    expect(await countWhere(sql`mm.mentor_id = 'mentor-001'`)).toBe(before);
  });

  it("the mentor's coordinator detects, updates and deletes", async () => {
    const det = await detect('coordinator', 'mentor-001');
    expect(det.statusCode, det.body).toBe(200);
    const id = await milestoneOf('mentor-001');
    const row = (await rest('coordinator', 'GET', `/api/v1/milestones/${id}`)).json();
    const put = await rest('coordinator', 'PUT', `/api/v1/milestones/${id}`, { achieved_value: row.threshold + 1 });
    expect(put.statusCode, put.body).toBe(200);
    expect((await rest('coordinator', 'DELETE', `/api/v1/milestones/${id}`)).statusCode).toBe(200);
    expect((await rest('admin', 'GET', `/api/v1/milestones/${id}`)).statusCode).toBe(404);
  });
});

describe('authentication off', () => {
  let open: TestApp;
  beforeAll(async () => {
    open = await startTestApp();
  });
  afterAll(async () => open?.close());

  it('lists every milestone and answers any one', async () => {
    const res = await open.database.db.execute(sql`select count(*)::int as n from milestones.mentor_milestones`);
    const all = (await open.request('GET', '/api/v1/milestones?limit=1')).json();
    expect(all.pagination.total).toBe(rowsOf<{ n: number }>(res)[0].n);
    const id = (await open.request('GET', '/api/v1/milestones?mentor_id=mentor-002&limit=1')).json().data[0].id;
    expect((await open.request('GET', `/api/v1/milestones/${id}`)).statusCode).toBe(200);
  });
});
