// What a client needs (issue 16, item 5): activity(id), Mentor.activities (newest first, filtered, paged, batched),
// pageInfo.hasNextPage on every page, and a bound on every other list of a mentor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { rowsOf } from '../../lib/rows.js';
import { freshMentor } from '../stats/fixtures.js';

let t: TestApp;
let mentor: string;
let idle: string;
const ORG = 'org_lists';

/** One mentor's activities: id, status, occurred_at. lst_c and lst_d share an instant (id desc: lst_d first). */
const rows: [string, 'completed' | 'cancelled', string][] = [
  ['lst_a', 'completed', '2025-03-01T10:00:00Z'],
  ['lst_b', 'cancelled', '2025-03-02T10:00:00Z'],
  ['lst_c', 'completed', '2025-03-03T10:00:00Z'],
  ['lst_d', 'completed', '2025-03-03T10:00:00Z'],
  ['lst_e', 'cancelled', '2025-03-04T23:30:00Z'],
];

beforeAll(async () => {
  t = await startTestApp();
  mentor = await freshMentor(t, ORG, 'Lists Mentor');
  idle = await freshMentor(t, ORG, 'Idle Mentor');
  const values = rows.map(
    ([id, status, at]) => sql`(${id}, ${mentor}, ${ORG}, 'act_type_001', ${status}, ${at}::timestamptz, 45)`,
  );
  await t.database.db.execute(sql`insert into stats.activities
    (id, mentor_id, org_id, activity_type_id, status, occurred_at, duration_minutes) values ${sql.join(values, sql`, `)}`);
});
afterAll(async () => {
  await t?.close();
});

/** Mentor.activities of `id` with the argument text `args`: ids, pageInfo, errors. */
async function activities(args: string, id = mentor) {
  const res = await t.graphql(`{ mentor(id: "${id}") {
    activities${args ? `(${args})` : ''} { items { id } pageInfo { page limit total hasNextPage } } } }`);
  const page = res.data?.mentor?.activities;
  return {
    ids: page?.items.map((a: { id: string }) => a.id) as string[] | undefined,
    pageInfo: page?.pageInfo,
    errors: res.errors,
  };
}

const codeOf = (errors: unknown) => (errors as { extensions: { code: string } }[] | undefined)?.[0]?.extensions.code;

describe('Query.activity(id)', () => {
  it('answers a known activity with its mentor (from the mentors subgraph), type, status and UTC time', async () => {
    const res = await t.graphql(`{ activity(id: "lst_c") {
      id status occurredAt durationMinutes mentor { id fullName } type { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.activity).toEqual({
      id: 'lst_c',
      status: 'COMPLETED',
      occurredAt: '2025-03-03T10:00:00Z',
      durationMinutes: 45,
      mentor: { id: mentor, fullName: 'Lists Mentor' },
      type: { id: 'act_type_001' },
    });
  });

  it('answers null without an error for an unknown id', async () => {
    const res = await t.graphql('{ activity(id: "no-such-activity") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ activity: null });
  });
});

describe('Mentor.activities', () => {
  it('lists newest first by occurredAt, ties by id descending, with the default page', async () => {
    expect(await activities('')).toEqual({
      ids: ['lst_e', 'lst_d', 'lst_c', 'lst_b', 'lst_a'],
      pageInfo: { page: 1, limit: 20, total: 5, hasNextPage: false },
      errors: undefined,
    });
  });

  it('filters from (inclusive) to (exclusive), in UTC whatever the offset given', async () => {
    const r = await activities('from: "2025-03-02T10:00:00Z", to: "2025-03-04T23:30:00Z"');
    expect(r.ids).toEqual(['lst_d', 'lst_c', 'lst_b']);
    expect(r.pageInfo.total).toBe(3);
    // 2025-03-05T01:00+02:00 is 2025-03-04T23:00Z: lst_e (23:30Z) only
    expect((await activities('from: "2025-03-05T01:00:00+02:00"')).ids).toEqual(['lst_e']);
    // 2025-03-03T12:00+02:00 is 10:00Z: exclusive, so lst_c and lst_d are out
    expect((await activities('to: "2025-03-03T12:00:00+02:00"')).ids).toEqual(['lst_b', 'lst_a']);
    expect((await activities('from: "2025-03-03T10:00:00Z", to: "2025-03-03T10:00:00Z"')).ids).toEqual([]);
  });

  it('filters by status, alone and with a range; total counts what the filters keep', async () => {
    const cancelled = await activities('status: CANCELLED');
    expect(cancelled.ids).toEqual(['lst_e', 'lst_b']);
    expect(cancelled.pageInfo).toEqual({ page: 1, limit: 20, total: 2, hasNextPage: false });
    expect((await activities('status: COMPLETED, from: "2025-03-02T00:00:00Z"')).ids).toEqual(['lst_d', 'lst_c']);
  });

  it('refuses from after to as UNPROCESSABLE, and a malformed time at validation', async () => {
    const r = await activities('from: "2025-03-04T00:00:00Z", to: "2025-03-01T00:00:00Z"');
    expect(codeOf(r.errors)).toBe('UNPROCESSABLE');
    expect((r.errors as { message: string }[])[0].message).toMatch(/from must not be after to/);
    const bad = await activities('from: "2025-03-04"');
    expect(codeOf(bad.errors)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('pages: hasNextPage is true until page × limit reaches total', async () => {
    expect(await activities('limit: 2')).toMatchObject({
      ids: ['lst_e', 'lst_d'],
      pageInfo: { page: 1, limit: 2, total: 5, hasNextPage: true },
    });
    expect(await activities('page: 2, limit: 2')).toMatchObject({
      ids: ['lst_c', 'lst_b'],
      pageInfo: { page: 2, limit: 2, total: 5, hasNextPage: true },
    });
    expect(await activities('page: 3, limit: 2')).toMatchObject({
      ids: ['lst_a'],
      pageInfo: { page: 3, limit: 2, total: 5, hasNextPage: false },
    });
    expect(await activities('page: 4, limit: 2')).toMatchObject({
      ids: [],
      pageInfo: { page: 4, limit: 2, total: 5, hasNextPage: false },
    });
    expect((await activities('limit: 5')).pageInfo.hasNextPage).toBe(false);
    expect((await activities('limit: 4')).pageInfo.hasNextPage).toBe(true);
  });

  it('refuses a page below 1 and a limit outside 1..100 as BAD_REQUEST', async () => {
    for (const args of ['page: 0', 'limit: 0', 'limit: 101']) {
      expect([args, codeOf((await activities(args)).errors)]).toEqual([args, 'BAD_REQUEST']);
    }
  });

  it('answers an empty page for a mentor without activities', async () => {
    expect(await activities('', idle)).toEqual({
      ids: [],
      pageInfo: { page: 1, limit: 20, total: 0, hasNextPage: false },
      errors: undefined,
    });
  });

  it('batches a page of mentors: the statements do not grow with the number of mentors', async () => {
    const query = (n: number) => `{ mentors(limit: ${n}) { items { id
      activities(limit: 2) { items { id occurredAt } pageInfo { total hasNextPage } } } } }`;
    const measure = (n: number) => t.database.statements.measure(() => t.graphql(query(n)));
    const small = await measure(3);
    const large = await measure(30);
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data.mentors.items).toHaveLength(30);
    expect(large.statements).toBe(small.statements);
    const stats = large.queries.filter((q) => q.includes('"stats"') || q.includes('stats.'));
    expect(stats.length).toBeLessThanOrEqual(2);
    // each mentor's batched page is what asking for that mentor alone answers
    for (const m of large.result.data.mentors.items.slice(0, 5)) {
      const alone = await t.graphql(`{ mentor(id: "${m.id}") {
        activities(limit: 2) { items { id occurredAt } pageInfo { total hasNextPage } } } }`);
      expect(m.activities).toEqual(alone.data.mentor.activities);
      expect(m.activities.items.length).toBeLessThanOrEqual(2);
    }
    expect(
      large.result.data.mentors.items.some(
        (m: { activities: { items: unknown[] } }) => m.activities.items.length === 2,
      ),
    ).toBe(true);
  });

  it('keeps different arguments on the same mentor apart (aliases in one request)', async () => {
    const res = await t.graphql(`{ mentor(id: "${mentor}") {
      newest: activities(limit: 1) { items { id } pageInfo { total } }
      cancelled: activities(status: CANCELLED) { items { id } pageInfo { total } }
      march3: activities(from: "2025-03-03T00:00:00Z", to: "2025-03-04T00:00:00Z") { items { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.mentor).toEqual({
      newest: { items: [{ id: 'lst_e' }], pageInfo: { total: 5 } },
      cancelled: { items: [{ id: 'lst_e' }, { id: 'lst_b' }], pageInfo: { total: 2 } },
      march3: { items: [{ id: 'lst_d' }, { id: 'lst_c' }] },
    });
  });
});

describe('pageInfo.hasNextPage', () => {
  it('is true on every page but the last of the mentors list', async () => {
    const page = async (p: number) =>
      (await t.graphql(`{ mentors(page: ${p}, limit: 20) { pageInfo { page limit total hasNextPage } } }`)).data.mentors
        .pageInfo;
    const first = await page(1);
    const last = Math.ceil(first.total / 20);
    expect(last).toBeGreaterThan(1);
    expect(first.hasNextPage).toBe(true);
    expect((await page(last - 1)).hasNextPage).toBe(true);
    expect(await page(last)).toEqual({ page: last, limit: 20, total: first.total, hasNextPage: false });
  });

  it('equals page × limit < total on the pages of each subgraph', async () => {
    const res = await t.graphql(
      `{
      mentorStatuses(limit: 3) { pageInfo { page limit total hasNextPage } }
      pauseRecords(limit: 500) { pageInfo { page limit total hasNextPage } }
      milestones(page: 2, limit: 7) { pageInfo { page limit total hasNextPage } }
      reports(limit: 4) { pageInfo { page limit total hasNextPage } }
      mentor(id: "mentor-001") {
        monthlySeries(limit: 5) { pageInfo { page limit total hasNextPage } }
        activityBreakdown(period: ALL_TIME, limit: 100) { pageInfo { page limit total hasNextPage } }
        contributionHistory(limit: 1) { pageInfo { page limit total hasNextPage } }
        pauseRecords(limit: 1) { pageInfo { page limit total hasNextPage } }
      } }`.replace('limit: 500', 'limit: 100'),
    );
    expect(res.errors).toBeUndefined();
    const infos = [
      ...['mentorStatuses', 'pauseRecords', 'milestones', 'reports'].map((k) => [k, res.data[k].pageInfo]),
      ...Object.entries(res.data.mentor).map(([k, v]) => [k, (v as { pageInfo: unknown }).pageInfo]),
    ] as [string, { page: number; limit: number; total: number; hasNextPage: boolean }][];
    expect(infos).toHaveLength(8);
    for (const [name, i] of infos) expect([name, i.hasNextPage]).toEqual([name, i.page * i.limit < i.total]);
    expect(infos.some(([, i]) => i.hasNextPage)).toBe(true);
    expect(infos.some(([, i]) => !i.hasNextPage)).toBe(true);
  });
});

describe('bounded lists of a mentor', () => {
  /** The reports of the seeded mentor with the most of them, and one of its activities with a report. */
  async function busiest() {
    const r = await t.database.db.execute(sql`select peer_mentor_id as id, count(*)::int as n
      from reports.reports group by peer_mentor_id order by count(*) desc, peer_mentor_id limit 1`);
    return rowsOf<{ id: string; n: number }>(r)[0];
  }

  it('Mentor.reports takes first (default 50, at most 100), newest first', async () => {
    const { id, n } = await busiest();
    expect(n).toBeGreaterThan(2);
    const res = await t.graphql(`{ mentor(id: "${id}") {
      all: reports { id } two: reports(first: 2) { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.mentor.all).toHaveLength(Math.min(n, 50));
    expect(res.data.mentor.two).toEqual(res.data.mentor.all.slice(0, 2));
    for (const first of [0, 101]) {
      const bad = await t.graphql(`{ mentor(id: "${id}") { reports(first: ${first}) { id } } }`);
      expect([first, codeOf(bad.errors)]).toEqual([first, 'BAD_REQUEST']);
    }
  });

  it('Activity.reports takes first (default 50, at most 100)', async () => {
    const { id } = await busiest();
    const one = await t.graphql(`{ mentor(id: "${id}") { reports(first: 1) { activity { id } } } }`);
    const activityId = one.data.mentor.reports[0].activity.id as string;
    const res = await t.graphql(`{ activity(id: "${activityId}") {
      all: reports { id } one: reports(first: 1) { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.activity.all.length).toBeGreaterThanOrEqual(1);
    expect(res.data.activity.one).toEqual(res.data.activity.all.slice(0, 1));
    const bad = await t.graphql(`{ activity(id: "${activityId}") { reports(first: 0) { id } } }`);
    expect(codeOf(bad.errors)).toBe('BAD_REQUEST');
  });

  it('Mentor.activeAssignments takes first (default 50, at most 100)', async () => {
    const r = await t.database.db.execute(sql`select mentor_id as id from mentors.assignments
      where status = 'open' group by mentor_id having count(*) > 1 order by mentor_id limit 1`);
    const { id } = rowsOf<{ id: string }>(r)[0];
    const res = await t.graphql(`{ mentor(id: "${id}") {
      openAssignmentCount all: activeAssignments { id } one: activeAssignments(first: 1) { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.mentor.all).toHaveLength(res.data.mentor.openAssignmentCount);
    expect(res.data.mentor.one).toEqual(res.data.mentor.all.slice(0, 1));
    const bad = await t.graphql(`{ mentor(id: "${id}") { activeAssignments(first: 101) { id } } }`);
    expect(codeOf(bad.errors)).toBe('BAD_REQUEST');
  });

  it('MentorStatus.history takes last (default 50, at most 100): the latest changes, oldest first', async () => {
    const status = await t.graphql('{ mentorStatus(mentorId: "mentor-003") { id } }');
    expect(status.data.mentorStatus).not.toBeNull();
    await t.database.db
      .execute(sql`insert into mentors.mentor_status_history (mentor_id, changed_at, from_status, to_status)
      values ('mentor-003', '2024-01-01T00:00:00Z', null, 'active'),
             ('mentor-003', '2024-02-01T00:00:00Z', 'active', 'paused'),
             ('mentor-003', '2024-03-01T00:00:00Z', 'paused', 'active')`);
    const res = await t.graphql(`{ mentorStatus(mentorId: "mentor-003") {
      all: history { changedAt } two: history(last: 2) { changedAt toStatus } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.mentorStatus.all.length).toBeGreaterThanOrEqual(3);
    expect(res.data.mentorStatus.two).toEqual([
      { changedAt: '2024-02-01T00:00:00Z', toStatus: 'PAUSED' },
      { changedAt: '2024-03-01T00:00:00Z', toStatus: 'ACTIVE' },
    ]);
    const bad = await t.graphql('{ mentorStatus(mentorId: "mentor-003") { history(last: 0) { changedAt } } }');
    expect(codeOf(bad.errors)).toBe('BAD_REQUEST');
  });

  it('each of these lists takes a bound or documents one in its description', async () => {
    const res = await t.graphql(
      `{ ${['Mentor', 'Activity', 'MentorStatus']
        .map((n) => `${n}: __type(name: "${n}") { fields { name description args { name defaultValue } } }`)
        .join(' ')} }`,
    );
    expect(res.errors).toBeUndefined();
    type F = { name: string; description: string | null; args: { name: string; defaultValue: string | null }[] };
    const field = (type: string, name: string) =>
      (res.data[type] as { fields: F[] }).fields.find((f) => f.name === name)!;
    expect(field('Mentor', 'milestones').description).toMatch(/at most 15/i);
    for (const [type, name, arg] of [
      ['Mentor', 'reports', 'first'],
      ['Activity', 'reports', 'first'],
      ['Mentor', 'activeAssignments', 'first'],
      ['MentorStatus', 'history', 'last'],
    ]) {
      const f = field(type, name);
      expect([type, name, f.args.find((a) => a.name === arg)?.defaultValue]).toEqual([type, name, '50']);
      expect(f.description).toMatch(/100/);
    }
  });
});
