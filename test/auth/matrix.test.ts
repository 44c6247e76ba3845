// The role matrix of issue 17: every REST row (and the GraphQL root fields and mutations REST does not reach) asked
// about mentor-001 (org_nansen_01) by an admin, a coordinator of its org, a coordinator of another org, the mentor,
// another mentor of the same org, and callers with no, an expired or a forged token — on both topologies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../gateway/rest/table.js';
import { pathsOf } from '../../gateway/rest/register.js';
import { startTestApp, type TestApp } from '../support/app.js';
import type { Json } from '../support/json.js';
import { bearer, hsToken, testSecret } from './support.js';
import { mentorIdsIn, roleCases, type RoleName } from './roles.js';

const auth = { AUTH_JWT_SECRET: testSecret };
const target = 'mentor-001';

/** One REST request of the matrix: the row (method + route path) and what it sends. */
interface RestCase {
  method: string;
  path: string;
  url: string;
  body?: unknown;
  /** Allowed statuses per role (the 401 roles always expect 401). */
  expect: Record<Exclude<RoleName, 'none' | 'expired' | 'forged'>, number[]>;
}

/** Reads of mentor-001's own data: its org's coordinator, admins and the mentor see it; for the others it does not exist. */
const ownRead = { admin: [200], coordinator: [200], mentor: [200], otherOrg: [404], otherMentor: [404] };
/** Lists: everyone gets 200, and only the rows they may see (asserted apart). */
const list = { admin: [200], coordinator: [200], mentor: [200], otherOrg: [200], otherMentor: [200] };
/** Coordinator actions on mentor-001's data: refused to mentors (403), not found for another org. */
const coordinatorAction = (ok: number[]) => ({
  admin: ok,
  coordinator: ok,
  mentor: [403],
  otherOrg: [404],
  otherMentor: [403],
});

const pause = {
  mentor_id: target,
  start_date: '2026-12-10T00:00:00Z',
  expected_return_date: '2027-01-10T00:00:00Z',
  reason: 'personal_leave',
};
const report = {
  activity_id: 'act_000083',
  peer_mentor_id: target,
  org_id: 'org_nansen_01',
  fields: { session_date: '2026-11-23', attendance_count: 3 },
};

/** The matrix, in the order each role's requests run (reads, then writes, deletions last; a fresh database per role). */
const cases: RestCase[] = [
  c('GET', '/api/v1/mentor-statuses', '?limit=100', list),
  c('GET', '/api/v1/mentor-statuses/:mentorId', `/${target}`, ownRead),
  c('GET', '/api/v1/pause-records', '?limit=100', list),
  c('GET', '/api/v1/pause-records/:id', '/pause-rec-0001', ownRead),
  c('GET', '/api/v1/personal-stats/:mentor_id', `/${target}`, ownRead),
  c('GET', '/api/v1/personal-stats/:mentor_id/monthly-series', `/${target}/monthly-series`, ownRead),
  c('GET', '/api/v1/personal-stats/:mentor_id/activity-breakdown', `/${target}/activity-breakdown`, ownRead),
  c('GET', '/api/v1/personal-stats/:mentor_id/contribution-history', `/${target}/contribution-history`, ownRead),
  c('GET', '/api/v1/milestones', '?limit=100', list),
  c('GET', '/api/v1/milestones/:id', `/milestone_10h:${target}`, ownRead),
  c('GET', '/api/v1/milestones/:mentor_id/new', `/${target}/new`, ownRead),
  c('GET', '/api/v1/milestones/:mentor_id/in-progress', `/${target}/in-progress`, ownRead),
  c('GET', '/api/v1/reports', '?limit=100', list),
  c('GET', '/api/v1/reports/:id', '/rpt_28eb2a4b', ownRead),
  c('GET', '/api/v1/reports/by-activity/:activityId', '/act_000083', {
    ...ownRead,
    otherOrg: [200, 404],
    otherMentor: [200, 404],
  }),
  c('GET', '/api/v1/reports/by-mentor/:mentorId', `/${target}`, {
    ...ownRead,
    otherOrg: [200, 404],
    otherMentor: [200, 404],
  }),
  c('GET', '/api/v1/peer-mentor-bloc/:mentor_id', `/${target}`, ownRead),
  c('GET', '/api/v1/peer-mentor-bloc', '?limit=100', list),
  c(
    'POST',
    '/api/v1/peer-mentor-bloc',
    '',
    { ...ownRead, admin: [202], coordinator: [202], mentor: [202] },
    {
      event: 'LoadMentorDetail',
      mentor_id: target,
    },
  ),
  c('PUT', '/api/v1/peer-mentor-bloc/:mentor_id', `/${target}`, ownRead, { event: 'RefreshMentorDetail' }),
  c('POST', '/api/v1/pause-records', '', coordinatorAction([201]), pause),
  c('PUT', '/api/v1/pause-records/:id', '/pause-rec-0001', coordinatorAction([200]), {
    expected_return_date: '2026-03-20T00:00:00Z',
  }),
  c('POST', '/api/v1/mentor-statuses', '', coordinatorAction([409]), { mentor_id: target, status: 'active' }),
  c('PUT', '/api/v1/mentor-statuses/:mentorId', `/${target}`, coordinatorAction([200]), {
    status: 'inactive',
    is_paused: false,
  }),
  c('POST', '/api/v1/milestones', '', coordinatorAction([200]), {
    mentor_id: target,
    period: { year: 2025, start_date: '2025-01-01', end_date: '2025-12-31' },
    summary: { total_hours: 312.5, unique_contacts_helped: 47, activity_count: 198 },
  }),
  c('PUT', '/api/v1/milestones/:id', `/milestone_10h:${target}`, coordinatorAction([200]), { achieved_value: 81 }),
  // a coordinator of another org creating a report in mentor-001's org: refused as a create in another org
  c(
    'POST',
    '/api/v1/reports',
    '',
    { ...ownRead, admin: [201], coordinator: [201], mentor: [201], otherOrg: [403], otherMentor: [403, 404] },
    report,
  ),
  c('PUT', '/api/v1/reports/:id', '/rpt_28eb2a4b', { ...ownRead }, { fields: { attendance_count: 4 } }),
  c('DELETE', '/api/v1/reports/:id', '/rpt_28eb2a4b', coordinatorAction([200])),
  c('DELETE', '/api/v1/milestones/:id', `/milestone_10h:${target}`, coordinatorAction([200])),
  c('DELETE', '/api/v1/pause-records/:id', '/pause-rec-0001', coordinatorAction([200])),
  c('DELETE', '/api/v1/peer-mentor-bloc/:mentor_id', `/${target}`, ownRead),
  c('DELETE', '/api/v1/mentor-statuses/:mentorId', `/${target}`, coordinatorAction([200])),
];

function c(method: string, path: string, rest: string, expected: RestCase['expect'], body?: unknown): RestCase {
  const base = path.replace(/\/:[A-Za-z_]+.*$/, '');
  return { method, path, url: `${base}${rest}`, body, expect: expected };
}

/** Values at keys naming a mentor anywhere in a JSON body (`mentor_id`, `peer_mentor_id`, `id` of a mentor row…). */
function mentorIdsOf(body: Json): Set<string> {
  return mentorIdsIn(body);
}

it('covers every REST row of the route table', () => {
  const covered = new Set(cases.map((k) => `${k.method} ${k.path}`));
  const rows = routeTable.map((r) => `${r.method} ${pathsOf(r)[1]}`);
  expect(rows.filter((r) => !covered.has(r))).toEqual([]);
});

describe.each(['in-process', 'distributed'] as const)('%s', (topology) => {
  describe.each(roleCases.filter((r) => r.status === 200))('as $name', ({ name, claims }) => {
    let app: TestApp;
    let headers: Record<string, string>;
    beforeAll(async () => {
      app = await startTestApp(undefined, { auth, topology });
      headers = bearer(await hsToken(claims!));
    });
    afterAll(async () => app?.close());

    it('answers every row as the rules say, and lists hold only what the caller may see', async () => {
      const seen: string[] = [];
      for (const k of cases) {
        const res = await app.request(k.method, k.url, k.body, headers);
        const allowed = k.expect[name as keyof RestCase['expect']];
        seen.push(
          `${k.method} ${k.url} → ${res.statusCode}${allowed.includes(res.statusCode) ? '' : ` (expected ${allowed.join('/')}) ${res.body.slice(0, 160)}`}`,
        );
        if (res.statusCode >= 400) {
          expect(res.json(), `${k.method} ${k.url}`).toEqual({
            error: { code: expect.any(String), message: expect.any(String) },
          });
          continue;
        }
        const ids = mentorIdsOf(res.json());
        if (name === 'otherOrg' || name === 'otherMentor')
          expect([...ids], `${k.method} ${k.url}`).not.toContain(target);
        if (name === 'mentor')
          expect(
            [...ids].filter((id) => id !== target),
            `${k.method} ${k.url}`,
          ).toEqual([]);
      }
      expect(seen.filter((s) => s.includes('(expected'))).toEqual([]);
    });
  });

  describe('callers without a valid token', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(undefined, { auth, topology });
    });
    afterAll(async () => app?.close());

    it.each(roleCases.filter((r) => r.status === 401))(
      '$name: 401 on every row, with nothing changed',
      async (role) => {
        const headers = role.token ? bearer(await role.token()) : {};
        for (const k of cases) {
          const res = await app.request(k.method, k.url, k.body, headers);
          expect(res.statusCode, `${k.method} ${k.url}`).toBe(401);
          expect(res.headers['www-authenticate'], `${k.method} ${k.url}`).toMatch(/^Bearer/);
          expect(res.json().error.code).toBe('UNAUTHENTICATED');
        }
        const admin = bearer(await hsToken({ sub: 'admin-1', roles: ['admin'] }));
        expect((await app.request('GET', `/api/v1/reports/rpt_28eb2a4b`, undefined, admin)).statusCode).toBe(200);
        expect((await app.request('GET', `/api/v1/mentor-statuses/${target}`, undefined, admin)).json().status).toBe(
          'active',
        );
      },
    );
  });
});

/** A GraphQL root field or mutation REST does not reach, and per role whether it answers data, null or an error code. */
interface GraphQLCase {
  name: string;
  query: string;
  /** The root field's answer: 'data' (not null), 'null', or the error code. */
  expect: Record<Exclude<RoleName, 'none' | 'expired' | 'forged'>, 'data' | 'null' | string[]>;
}

const seen = { admin: 'data', coordinator: 'data', mentor: 'data', otherOrg: 'null', otherMentor: 'null' } as const;
const graphQLCases: GraphQLCase[] = [
  { name: 'mentor', query: `{ mentor(id: "${target}") { id email fullName } }`, expect: seen },
  { name: 'activity', query: `{ activity(id: "act_000083") { id mentor { id } } }`, expect: seen },
  {
    name: 'mentors',
    query: `{ mentors(limit: 100) { items { id email } pageInfo { total } } }`,
    expect: { admin: 'data', coordinator: 'data', mentor: 'data', otherOrg: 'data', otherMentor: 'data' },
  },
  {
    name: 'activityTypes',
    query: `{ activityTypes { id } }`,
    expect: { admin: 'data', coordinator: 'data', mentor: 'data', otherOrg: 'data', otherMentor: 'data' },
  },
  {
    name: 'logActivity',
    query: `mutation { logActivity(input: { mentorId: "${target}", orgId: "org_nansen_01", activityTypeId: "ACTIVITY_TYPE",
      occurredAt: "2026-11-30T10:00:00Z", durationMinutes: 30, status: COMPLETED }) { activity { id } mentor { id } } }`,
    expect: {
      admin: 'data',
      coordinator: 'data',
      mentor: 'data',
      otherOrg: ['FORBIDDEN', 'NOT_FOUND'],
      otherMentor: ['FORBIDDEN', 'NOT_FOUND'],
    },
  },
  {
    name: 'createMentor',
    query: `mutation { createMentor(input: { fullName: "Ny Mentor", email: "ny.mentor.ROLE@example.org", orgId: "org_nansen_01" })
      { mentor { id } } }`,
    expect: {
      admin: 'data',
      coordinator: 'data',
      mentor: ['FORBIDDEN'],
      otherOrg: ['FORBIDDEN'],
      otherMentor: ['FORBIDDEN'],
    },
  },
];

describe.each(['in-process', 'distributed'] as const)('GraphQL, %s', (topology) => {
  let app: TestApp;
  let activityType: string;
  beforeAll(async () => {
    app = await startTestApp(undefined, { auth, topology });
    const admin = bearer(await hsToken({ sub: 'admin-1', roles: ['admin'] }));
    const types = await app.request('POST', '/graphql', { query: '{ activityTypes { id } }' }, admin);
    activityType = (types.json().data.activityTypes as { id: string }[])[0].id;
  });
  afterAll(async () => app?.close());

  it.each(roleCases.filter((r) => r.status === 200))('as $name', async ({ name, claims }) => {
    const headers = bearer(await hsToken(claims!));
    const wrong: string[] = [];
    for (const k of graphQLCases) {
      const res = await app.request(
        'POST',
        '/graphql',
        { query: k.query.replace('ACTIVITY_TYPE', activityType).replace('ROLE', name.toLowerCase()) },
        headers,
      );
      const answer = res.json<{
        data?: Record<string, Json> | null;
        errors?: { extensions?: { code?: string } }[];
      }>();
      const value = answer.data?.[k.name];
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? '');
      const want = k.expect[name as keyof GraphQLCase['expect']];
      const got = codes.length ? codes.join(',') : value === null ? 'null' : 'data';
      const ok = Array.isArray(want)
        ? codes.length > 0 && codes.every((c) => want.includes(c))
        : got === want && !codes.length;
      if (!ok) wrong.push(`${k.name}: got ${got}, expected ${String(want)}`);
      if (value && (name === 'otherOrg' || name === 'otherMentor'))
        expect([...mentorIdsIn(value)], k.name).not.toContain(target);
      if (value && name === 'mentor' && k.name !== 'logActivity')
        expect(
          [...mentorIdsIn(value)].filter((id) => id !== target),
          k.name,
        ).toEqual([]);
    }
    expect(wrong).toEqual([]);
  });

  it.each(roleCases.filter((r) => r.status === 401))('$name: 401 UNAUTHENTICATED', async (role) => {
    const headers = role.token ? bearer(await role.token()) : {};
    for (const k of graphQLCases) {
      const res = await app.request('POST', '/graphql', { query: k.query }, headers);
      expect(res.statusCode, k.name).toBe(401);
      expect(res.json().errors[0].extensions.code, k.name).toBe('UNAUTHENTICATED');
    }
  });
});
