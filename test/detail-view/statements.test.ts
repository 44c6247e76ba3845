// DataLoaders measured at the driver: statements per request do not grow with rows; one statement per table.
import { openAccess } from '../../lib/caller.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, parse } from 'graphql';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { subgraphModules } from '../../gateway/subgraphs.js';
import { federationDeps } from '../../lib/entities.js';

let t: TestApp;
const extraIds = Array.from({ length: 60 }, (_x, i) => `mentor-x${String(i + 1).padStart(3, '0')}`);

// A fresh database per file; 60 extra mentors (110 in all), each with a status, a certification,
// an open and a closed assignment and an activity this month, so that limit=100 has 100 full rows.
beforeAll(async () => {
  t = await startTestApp();
  const exec = (q: ReturnType<typeof sql>) => t.database.db.execute(q);
  await exec(sql`insert into mentors.mentors (id, full_name, email, org_id)
    select 'mentor-x' || lpad(i::text, 3, '0'), 'Extra Mentor ' || i, 'extra.' || i || '@frivillig.no', 'org_fjord_02'
    from generate_series(1, 60) i`);
  await exec(
    sql`insert into mentors.mentor_statuses (mentor_id, status) select id, 'active' from mentors.mentors where id like 'mentor-x%'`,
  );
  await exec(sql`insert into mentors.certifications (id, mentor_id, name, issued_date, expiry_date)
    select 'cert-' || id, id, 'Peer Mentor Certification', current_date - 300, current_date + 60 from mentors.mentors where id like 'mentor-x%'`);
  await exec(sql`insert into mentors.assignments (id, mentor_id, contact_name, status, closed_at)
    select 'assign-' || id || '-' || k, id, 'Contact ' || k, case when k = 1 then 'open' else 'closed' end, case when k = 1 then null else now() end
    from mentors.mentors, generate_series(1, 2) k where id like 'mentor-x%'`);
  await exec(sql`insert into stats.activities (id, mentor_id, org_id, activity_type_id, status, occurred_at, duration_minutes)
    select 'act-' || id, id, 'org_fjord_02', 'act_type_001', 'completed', now(), 45 from mentors.mentors where id like 'mentor-x%'`);
});
afterAll(async () => {
  await t?.close();
});

/** Every `"schema"."table"` a statement reads. */
const tablesOf = (q: string) =>
  new Set([...q.matchAll(/(?:from|join)\s+"(\w+)"\."(\w+)"/gi)].map((m) => `${m[1]}.${m[2]}`));

async function measureGraphQL(query: string, variables?: Record<string, unknown>) {
  const m = await t.database.statements.measure(() => t.graphql(query, variables));
  expect(m.result.errors).toBeUndefined();
  return m;
}

const dashboard = (limit: number) => `{ mentors(limit: ${limit}) { items {
  id fullName email orgId openAssignmentCount daysUntilExpiry status { status isPaused }
  certification { expiryDate daysUntilExpiry isWithinWarningWindow }
  activitySummary(period: MONTH) { totalSessions totalActivities period }
  activeAssignments { id contactName status }
} pageInfo { total } } }`;

describe('the dashboard: statements do not grow with the page', () => {
  it('GraphQL mentors(limit) with every detail field: limit=20 and limit=100 issue the same statements', async () => {
    const small = await measureGraphQL(dashboard(20));
    const large = await measureGraphQL(dashboard(100));
    expect(small.result.data.mentors.items).toHaveLength(20);
    expect(large.result.data.mentors.items).toHaveLength(100);
    expect(large.result.data.mentors.pageInfo.total).toBe(110);
    expect(large.result.data.mentors.items.filter((m: { id: string }) => m.id.startsWith('mentor-x'))).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
    // page + count, status (+ active pause) and certification in one, open assignments, activity summary
    expect(large.statements).toBe(5);
  });

  it('REST list at limit=20 and limit=100 issues the same statements', async () => {
    const run = (limit: number) =>
      t.database.statements.measure(() => t.request('GET', `/api/v1/peer-mentor-bloc?limit=${limit}`));
    const small = await run(20);
    const large = await run(100);
    expect(small.result.json().data).toHaveLength(20);
    expect(large.result.json().data).toHaveLength(100);
    expect(large.result.json().data.at(-1)).toMatchObject({
      open_assignment_count: 1,
      days_until_expiry: 60,
      status: 'active',
    });
    expect(large.statements).toBe(small.statements);
    // page + count, status and certification in one, open assignments
    expect(large.statements).toBe(4);
  });
});

describe('the detail query', () => {
  it('issues at most one statement per table it reads', async () => {
    const detail = `{ mentor(id: "mentor-010") { id fullName email orgId status { status isPaused }
      certification { expiryDate daysUntilExpiry isWithinWarningWindow }
      activitySummary(period: MONTH) { totalSessions totalActivities period } activeAssignments { id contactName status } } }`;
    const { queries, statements } = await measureGraphQL(detail);
    const perTable = new Map<string, number>();
    for (const q of queries) for (const table of tablesOf(q)) perTable.set(table, (perTable.get(table) ?? 0) + 1);
    expect([...perTable.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect([...perTable.keys()]).toEqual(
      expect.arrayContaining([
        'mentors.mentors',
        'mentors.mentor_statuses',
        'mentors.certifications',
        'mentors.assignments',
        'stats.activities',
      ]),
    );
    // mentor + status + active pause + latest certification in one; open assignments; the month's summary
    expect(statements).toBe(3);
  });

  it('a REST GET served from a current snapshot reads only the snapshot and the versions', async () => {
    const url = '/api/v1/peer-mentor-bloc/mentor-x001';
    const miss = await t.database.statements.measure(() => t.request('GET', url));
    const hit = await t.database.statements.measure(() => t.request('GET', url));
    expect(hit.result.json().loaded_at).toBe(miss.result.json().loaded_at);
    const read = new Set(hit.queries.flatMap((q) => [...tablesOf(q)]));
    expect(read.has('rest.detail_snapshots')).toBe(true);
    for (const heavy of ['mentors.assignments', 'stats.activities']) {
      expect(hit.queries.some((q) => q.startsWith('select') && tablesOf(q).has(heavy) && !q.includes('md5('))).toBe(
        false,
      );
    }
    expect(hit.statements).toBeLessThan(miss.statements);
    expect(hit.statements).toBeLessThanOrEqual(4);
  });
});

describe('__resolveReference is batched', () => {
  /** Runs `_entities` for these mentor ids on one subgraph, as the gateway does, and counts statements. */
  async function entities(subgraph: 'mentors' | 'stats', ids: string[], selection: string) {
    const mod = subgraphModules[subgraph];
    const deps = {
      db: t.database.db,
      transaction: t.database.transaction,
      ...federationDeps(() => Promise.reject(new Error('no cross-subgraph call expected')), { access: openAccess }),
    };
    const m = await t.database.statements.measure(async () =>
      execute({
        schema: mod.schema,
        document: parse(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Mentor { id ${selection} } } }`,
        ),
        variableValues: { r: ids.map((id) => ({ __typename: 'Mentor', id })) },
        contextValue: mod.createContext(deps),
      }),
    );
    expect(m.result.errors).toBeUndefined();
    expect((m.result.data?._entities as { id: string }[]).map((e) => e.id)).toEqual(ids);
    return m.statements;
  }

  it('mentors: 5 and 100 references cost the same statements', async () => {
    const sel = 'fullName status { status } certification { daysUntilExpiry } activeAssignments { id } detailVersion';
    const few = await entities('mentors', extraIds.slice(0, 5), sel);
    expect(
      await entities(
        'mentors',
        [...extraIds, ...Array.from({ length: 40 }, (_x, i) => `mentor-${String(i + 1).padStart(3, '0')}`)],
        sel,
      ),
    ).toBe(few);
    expect(few).toBe(5); // mentor rows, status, certification, assignments, version
  });

  it('stats: 5 and 100 references cost the same statements', async () => {
    const sel = 'activitySummary(period: MONTH) { totalActivities } activityVersion';
    const ids100 = [...extraIds, ...Array.from({ length: 40 }, (_x, i) => `mentor-${String(i + 1).padStart(3, '0')}`)];
    const few = await entities('stats', ids100.slice(0, 5), sel);
    expect(await entities('stats', ids100, sel)).toBe(few);
    expect(few).toBe(2);
  });

  it('the gateway resolves a page of 100 Mentor references in stats with one fetch', async () => {
    const q = (limit: number) =>
      `{ mentors(limit: ${limit}) { items { id activitySummary(period: MONTH) { totalActivities } activityVersion } } }`;
    const small = await measureGraphQL(q(20));
    const large = await measureGraphQL(q(100));
    expect(large.statements).toBe(small.statements);
    expect(large.queries.filter((s) => [...tablesOf(s)].some((x) => x.startsWith('stats.')))).toHaveLength(2);
  });
});
