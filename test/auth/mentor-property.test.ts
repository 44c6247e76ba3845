// Property (issue 17): for random requests with a mentor's token — REST reads and GraphQL queries with random ids and
// filters — no answer contains another mentor's id or email. Ids the request itself named are left out of the check:
// an error echoing the caller's own input (`no mentor with id "mentor-005"`) tells them nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { bearer, hsToken, testSecret } from './support.js';
import { mentorIdsIn } from './roles.js';

const self = 'mentor-001';
const mentorId = fc.integer({ min: 1, max: 70 }).map((n) => `mentor-${String(n).padStart(3, '0')}`);
const org = fc.constantFrom('org_nansen_01', 'org_fjord_02', 'org_unknown');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const qs = (params: Record<string, string | number | boolean | undefined>) => {
  const set = Object.entries(params).filter(([, v]) => v !== undefined);
  return set.length ? `?${set.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : '';
};
const pauseId = fc.integer({ min: 1, max: 30 }).map((n) => `pause-rec-${String(n).padStart(4, '0')}`);
const activityId = fc.integer({ min: 1, max: 2000 }).map((n) => `act_${String(n).padStart(6, '0')}`);
const limit = maybe(fc.constantFrom(1, 5, 100));

/** A REST read: a path with random ids and filters. */
const restRead = fc.oneof(
  fc
    .record({ o: maybe(org), p: maybe(fc.boolean()), limit })
    .map((r) => `/api/v1/mentor-statuses${qs({ org_id: r.o, is_paused: r.p, limit: r.limit })}`),
  mentorId.map((m) => `/api/v1/mentor-statuses/${m}`),
  fc
    .record({ m: maybe(mentorId), a: maybe(fc.boolean()), limit })
    .map((r) => `/api/v1/pause-records${qs({ mentor_id: r.m, is_active: r.a, limit: r.limit })}`),
  pauseId.map((p) => `/api/v1/pause-records/${p}`),
  fc
    .tuple(mentorId, fc.constantFrom('', '/monthly-series', '/activity-breakdown', '/contribution-history'))
    .map(([m, sub]) => `/api/v1/personal-stats/${m}${sub}`),
  fc.record({ m: maybe(mentorId), limit }).map((r) => `/api/v1/milestones${qs({ mentor_id: r.m, limit: r.limit })}`),
  fc.tuple(fc.constantFrom('10h', '50h', '100h'), mentorId).map(([k, m]) => `/api/v1/milestones/milestone_${k}:${m}`),
  fc.tuple(mentorId, fc.constantFrom('new', 'in-progress')).map(([m, k]) => `/api/v1/milestones/${m}/${k}`),
  fc
    .record({ m: maybe(mentorId), o: maybe(org), a: maybe(activityId), limit })
    .map((r) => `/api/v1/reports${qs({ peer_mentor_id: r.m, org_id: r.o, activity_id: r.a, limit: r.limit })}`),
  activityId.map((a) => `/api/v1/reports/by-activity/${a}`),
  mentorId.map((m) => `/api/v1/reports/by-mentor/${m}`),
  mentorId.map((m) => `/api/v1/peer-mentor-bloc/${m}`),
  fc.record({ o: maybe(org), limit }).map((r) => `/api/v1/peer-mentor-bloc${qs({ org_id: r.o, limit: r.limit })}`),
);

/** A GraphQL query reaching mentors through root fields, lists and entity references. */
const graphQLRead = fc.oneof(
  mentorId.map(
    (m) =>
      `{ mentor(id: "${m}") { id email fullName status { status } milestones { id } reports { id peerMentorId } } }`,
  ),
  maybe(org).map(
    (o) => `{ mentors(limit: 100${o ? `, orgId: "${o}"` : ''}) { items { id email } pageInfo { total } } }`,
  ),
  activityId.map((a) => `{ activity(id: "${a}") { id mentor { id email } reports { items { id } } } }`),
  fc.constant(`{ pauseRecords(limit: 100) { items { id mentor { id email } } } }`),
  fc.constant(`{ milestones(limit: 100) { items { id mentor { id } } } }`),
  maybe(mentorId).map(
    (m) =>
      `{ reports(limit: 100${m ? `, peerMentorId: "${m}"` : ''}) { items { id mentor { id email } activity { id } } } }`,
  ),
  mentorId.map((m) => `{ mentorStatus(mentorId: "${m}") { id status mentor { email } } }`),
);

describe('with mentor-001 token', () => {
  let app: TestApp;
  let headers: Record<string, string>;
  /** Every other mentor's email, as an admin lists them. */
  let otherEmails: string[];

  beforeAll(async () => {
    app = await startTestApp(undefined, { auth: { AUTH_JWT_SECRET: testSecret } });
    headers = bearer(await hsToken({ sub: self, org_id: 'org_nansen_01', roles: ['mentor'] }));
    const admin = bearer(await hsToken({ sub: 'admin-1', roles: ['admin'] }));
    otherEmails = [];
    for (let page = 1; ; page++) {
      const res = await app.request(
        'POST',
        '/graphql',
        { query: `{ mentors(limit: 100, page: ${page}) { items { id email } } }` },
        admin,
      );
      const items = res.json().data.mentors.items as { id: string; email: string }[];
      otherEmails.push(...items.filter((m) => m.id !== self).map((m) => m.email));
      if (items.length < 100) break;
    }
    expect(otherEmails.length).toBeGreaterThan(10);
  });
  afterAll(async () => app?.close());

  /** The other mentors an answer names, beyond those the request named itself. */
  function leaks(request: string, body: string): string[] {
    const named = mentorIdsIn(request);
    const ids = [...mentorIdsIn(body)].filter((id) => id !== self && !named.has(id));
    const emails = otherEmails.filter((e) => body.toLowerCase().includes(e.toLowerCase()));
    return [...ids, ...emails];
  }

  it('REST reads show no other mentor', async () => {
    await fc.assert(
      fc.asyncProperty(restRead, async (url) => {
        const res = await app.request('GET', url, undefined, headers);
        expect(res.statusCode, url).toBeLessThan(500);
        expect(leaks(url, res.body), url).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('GraphQL queries show no other mentor', async () => {
    await fc.assert(
      fc.asyncProperty(graphQLRead, async (query) => {
        const res = await app.request('POST', '/graphql', { query }, headers);
        expect(res.statusCode, query).toBeLessThan(500);
        expect(leaks(query, res.body), query).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
