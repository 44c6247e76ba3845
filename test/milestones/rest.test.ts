// The 7 REST endpoints on both path forms: exact contract fields, PUT rules, deletion, windows, badges, 404s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { milestoneCatalog } from '../../subgraphs/milestones/seed.js';
import { addMentor, byKey, dayOffset, detectBody, milestoneRows } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await addMentor(t, 'ms-rest');
  await t.request('POST', '/api/v1/milestones', detectBody('ms-rest', [312.5, 47, 198]));
});
afterAll(async () => {
  await t?.close();
});

const forms = ['/api/v1/milestones', '/api/v1/milestones/api/v1/milestones'];
const achievedKeys = [
  'id',
  'mentor_id',
  'name',
  'type',
  'status',
  'threshold',
  'achieved_value',
  'achieved_at',
  'accessibility_label',
];
const progressKeys = [
  'id',
  'mentor_id',
  'name',
  'type',
  'status',
  'threshold',
  'achieved_value',
  'progress_percentage',
  'accessibility_label',
];

describe.each(forms)('on %s', (base) => {
  it('lists with filters and pagination, each item in the contract shape for its status', async () => {
    const res = await t.request('GET', `${base}?mentor_id=ms-rest&limit=5&page=1`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.pagination).toEqual({ page: 1, limit: 5, total: 12 });
    expect(body.data).toHaveLength(5);
    for (const m of body.data) expect(Object.keys(m)).toEqual(m.status === 'achieved' ? achievedKeys : progressKeys);
    const filtered = (
      await t.request('GET', `${base}?mentor_id=ms-rest&status=in_progress&type=contacts_helped`)
    ).json();
    expect(filtered.data.map((m: { id: string }) => m.id)).toEqual(['milestone_50contacts:ms-rest']);
    expect((await t.request('GET', `${base}?mentor_id=nobody`)).statusCode).toBe(404);
    expect((await t.request('GET', `${base}?limit=0`)).statusCode).toBe(400);
  });

  it('gets one milestone with its badge, and 404s an unknown one', async () => {
    const res = await t.request('GET', `${base}/milestone_100h:ms-rest`);
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json())).toEqual([...achievedKeys, 'badge_image_url']);
    expect(res.json().badge_image_url).toBe('/assets/badges/100h.png');
    expect((await t.request('GET', `${base}/milestone_100h%3Ams-rest`)).json().id).toBe('milestone_100h:ms-rest');
    for (const id of ['milestone_1000h:ms-rest', 'milestone_100h', 'milestone_100h:nobody']) {
      const miss = await t.request('GET', `${base}/${id}`);
      expect(miss.statusCode).toBe(404);
      expect(miss.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('lists in-progress milestones with current value, remaining and the spoken remainder', async () => {
    const res = await t.request('GET', `${base}/ms-rest/in-progress`);
    expect(res.statusCode).toBe(200);
    const { data, pagination } = res.json();
    expect(pagination).toEqual({ page: 1, limit: 20, total: 3 });
    expect(byKey(data).milestone_50contacts).toEqual({
      id: 'milestone_50contacts:ms-rest',
      mentor_id: 'ms-rest',
      name: '50 Unique Contacts',
      type: 'contacts_helped',
      status: 'in_progress',
      threshold: 50,
      current_value: 47,
      progress_percentage: 94,
      remaining: 3,
      accessibility_label: 'You have helped 47 out of 50 unique contacts, 3 remaining',
    });
    expect((await t.request('GET', `${base}/ms-rest/in-progress?page=2&limit=2`)).json().data).toHaveLength(1);
    expect((await t.request('GET', `${base}/nobody/in-progress`)).statusCode).toBe(404);
  });

  it('detects (POST) on this path form too', async () => {
    const res = await t.request('POST', base, detectBody('ms-rest', [312.5, 47, 198]));
    expect(res.statusCode).toBe(200);
    expect(res.json().pagination.total).toBe(12);
  });
});

describe('new milestones window', () => {
  it('defaults to the last 30 days and takes explicit dates', async () => {
    const id = await addMentor(t, 'ms-new');
    const at = (d: number) => ({
      year: Number(dayOffset(d).slice(0, 4)),
      start_date: dayOffset(d),
      end_date: dayOffset(d),
    });
    const period60 = at(-60),
      period5 = at(-5);
    await t.request('POST', '/api/v1/milestones', {
      mentor_id: id,
      period: { start_date: period60.start_date, end_date: period60.end_date },
      summary: { total_hours: 10, unique_contacts_helped: 0, activity_count: 0 },
    });
    await t.request('POST', '/api/v1/milestones', {
      mentor_id: id,
      period: { start_date: period5.start_date, end_date: period5.end_date },
      summary: { total_hours: 50, unique_contacts_helped: 0, activity_count: 0 },
    });
    for (const base of forms) {
      const recent = await t.request('GET', `${base}/${id}/new`);
      expect(recent.statusCode).toBe(200);
      expect(recent.json()).toEqual({
        data: [expect.objectContaining({ id: `milestone_50h:${id}`, achieved_at: `${dayOffset(-5)}T23:59:59Z` })],
        pagination: { page: 1, limit: 20, total: 1 },
      });
      expect(Object.keys(recent.json().data[0])).toEqual(achievedKeys);
      const old = await t.request('GET', `${base}/${id}/new?start_date=${dayOffset(-61)}&end_date=${dayOffset(-60)}`);
      expect(old.json().data.map((m: { id: string }) => m.id)).toEqual([`milestone_10h:${id}`]);
    }
    expect(
      (await t.request('GET', `/api/v1/milestones/${id}/new?start_date=2025-02-01&end_date=2025-01-01`)).statusCode,
    ).toBe(422);
    expect((await t.request('GET', `/api/v1/milestones/${id}/new?start_date=yesterday`)).statusCode).toBe(400);
    expect((await t.request('GET', '/api/v1/milestones/nobody/new')).statusCode).toBe(404);
  });
});

describe('PUT', () => {
  it('updates status, value and time and regenerates the label (contract example)', async () => {
    for (const [i, base] of forms.entries()) {
      const id = await addMentor(t, `ms-put-${i}`);
      await t.request('POST', '/api/v1/milestones', detectBody(id, [299, 0, 0]));
      const res = await t.request('PUT', `${base}/milestone_300h:${id}`, {
        status: 'achieved',
        achieved_value: 315,
        achieved_at: '2026-01-03T09:00:00Z',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        id: `milestone_300h:${id}`,
        mentor_id: id,
        name: '300 Hours Milestone',
        type: 'hours_logged',
        status: 'achieved',
        threshold: 300,
        achieved_value: 315,
        achieved_at: '2026-01-03T09:00:00Z',
        accessibility_label: 'You reached 300 hours of mentoring on January 3, 2026',
      });
      expect((await t.request('GET', `${base}/milestone_300h:${id}`)).json().achieved_at).toBe('2026-01-03T09:00:00Z');
    }
  });

  const bad: [string, number, string, unknown][] = [
    ['achieved value below the threshold', 422, 'milestone_500h:ms-rest', { status: 'achieved', achieved_value: 499 }],
    ['achieving without a value over the threshold', 422, 'milestone_500h:ms-rest', { status: 'achieved' }],
    ['in progress at the threshold', 422, 'milestone_500h:ms-rest', { achieved_value: 500 }],
    ['achieved_at on an in-progress milestone', 422, 'milestone_500h:ms-rest', { achieved_at: '2025-01-01T00:00:00Z' }],
    ['achieved_at in the future', 422, 'milestone_100h:ms-rest', { achieved_at: '2999-01-01T00:00:00Z' }],
    ['negative value', 422, 'milestone_500h:ms-rest', { achieved_value: -1 }],
    [
      'a second in-progress goal of one type',
      409,
      'milestone_300h:ms-rest',
      { status: 'in_progress', achieved_value: 250 },
    ],
    ['unknown status', 400, 'milestone_500h:ms-rest', { status: 'done' }],
    ['malformed achieved_at', 400, 'milestone_100h:ms-rest', { achieved_at: '2025-13-01' }],
    ['unknown field', 400, 'milestone_100h:ms-rest', { name: 'x' }],
    ['empty body', 400, 'milestone_100h:ms-rest', {}],
    ['unknown milestone', 404, 'milestone_1000h:ms-rest', { achieved_value: 1 }],
  ];
  it.each(bad)('%s → %i, nothing changes', async (_name, status, id, body) => {
    const before = await milestoneRows(t);
    const res = await t.request('PUT', `/api/v1/milestones/${id}`, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(await milestoneRows(t)).toEqual(before);
  });

  it('moves an achieved milestone back to in progress, clearing achieved_at', async () => {
    const id = await addMentor(t, 'ms-put-back');
    await t.request('POST', '/api/v1/milestones', detectBody(id, [10, 0, 0]));
    const res = await t.request('PUT', `/api/v1/milestones/milestone_50h:${id}`, {
      status: 'achieved',
      achieved_value: 50,
    });
    expect(res.json().achieved_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    await t.request('DELETE', `/api/v1/milestones/milestone_10h:${id}`);
    const back = await t.request('PUT', `/api/v1/milestones/milestone_50h:${id}`, {
      status: 'in_progress',
      achieved_value: 40,
    });
    expect(back.json()).toMatchObject({
      status: 'in_progress',
      progress_percentage: 80,
      accessibility_label: 'You have logged 40 out of 50 hours of mentoring',
    });
    expect(back.json()).not.toHaveProperty('achieved_at');
  });
});

describe('DELETE', () => {
  it.each(forms)('removes one record on %s, then 404s', async (base) => {
    const id = await addMentor(t, `ms-del-${forms.indexOf(base)}`);
    await t.request('POST', '/api/v1/milestones', detectBody(id, [10, 0, 0]));
    const res = await t.request('DELETE', `${base}/milestone_10h:${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ deleted: true, id: `milestone_10h:${id}` });
    expect((await milestoneRows(t, id)).map((r) => r.definitionKey)).toEqual([
      'milestone_10activities',
      'milestone_10contacts',
      'milestone_50h',
    ]);
    expect((await t.request('DELETE', `${base}/milestone_10h:${id}`)).statusCode).toBe(404);
  });
});

describe('badge images', () => {
  it('serves every catalog badge the API names as a PNG', async () => {
    for (const def of milestoneCatalog) {
      const res = await t.request('GET', def.badgeImage);
      expect(res.statusCode, def.badgeImage).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.rawPayload.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
    const url = (await t.request('GET', '/api/v1/milestones/milestone_50contacts:ms-rest')).json().badge_image_url;
    expect((await t.request('GET', url)).statusCode).toBe(200);
    for (const miss of ['/assets/badges/7h.png', '/assets/badges/..%2Fgenerate.ts', '/assets/badges/generate.ts']) {
      expect((await t.request('GET', miss)).statusCode).toBe(404);
    }
  });
});

describe('GraphQL', () => {
  it('answers milestone, milestones, Mentor.newMilestones and inProgressMilestones', async () => {
    const { data, errors } = await t.graphql(`{
      milestone(id: "milestone_500h:ms-rest") { key status currentValue remaining progressPercentage label: accessibilityLabel(withRemaining: true) }
      milestones(mentorId: "ms-rest", type: HOURS_LOGGED, page: 2, limit: 3) { items { key } pageInfo { page limit total } }
      mentor(id: "ms-rest") { inProgressMilestones { key } newMilestones(startDate: "2025-01-01", endDate: "2025-12-31") { key } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.milestone).toEqual({
      key: 'milestone_500h',
      status: 'IN_PROGRESS',
      currentValue: 312.5,
      remaining: 187.5,
      progressPercentage: 62,
      label: 'You have logged 312.5 out of 500 hours of mentoring, 187.5 remaining',
    });
    expect(data.milestones).toEqual({
      items: [{ key: 'milestone_300h' }, { key: 'milestone_500h' }],
      pageInfo: { page: 2, limit: 3, total: 5 },
    });
    expect(data.mentor.inProgressMilestones.map((m: { key: string }) => m.key)).toEqual([
      'milestone_500h',
      'milestone_50contacts',
      'milestone_250activities',
    ]);
    expect(data.mentor.newMilestones).toHaveLength(9);
  });

  it('reads milestones of many mentors in one statement', async () => {
    const q = (n: number) =>
      `{ mentors(limit: ${n}) { items { milestones { id } newMilestones { id } inProgressMilestones { id } } } }`;
    const count = async (n: number) => {
      const { statements, queries } = await t.database.statements.measure(() => t.graphql(q(n)));
      return {
        statements,
        milestoneReads: queries.filter((s) => s.includes('"milestones"."mentor_milestones"')).length,
      };
    };
    const small = await count(3);
    const large = await count(40);
    expect(large).toEqual(small);
    expect(large.milestoneReads).toBe(1);
  });
});
