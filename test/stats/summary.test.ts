// GET /api/v1/personal-stats/:mentor_id — each definition of the summary pinned on hand-made data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { freshMentor, get, insertActivities } from './fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const ORG = 'org_t4_summary';
const url = (id: string, q = '') => `/api/v1/personal-stats/api/v1/personal-stats/${id}${q}`;

describe('personal stats summary', () => {
  it('counts by the UTC date of occurred_at, inclusive at both window edges (as_of 2025-03-12, last_7_days)', async () => {
    const m = await freshMentor(t, ORG, 'Edge Case');
    await insertActivities(t, m, ORG, [
      [1, 'completed', '2025-03-05T23:59:59Z', 30], // the day before the window
      [1, 'completed', '2025-03-06T00:00:00Z', 30], // first day
      [1, 'completed', '2025-03-12T23:59:59Z', 30], // as_of, last second
      [1, 'completed', '2025-03-13T01:00:00+02:00', 30], // 2025-03-12T23:00Z: counts on as_of
      [1, 'completed', '2025-03-13T00:00:00Z', 30], // the day after
      [1, 'completed', '2025-03-06T01:30:00+03:00', 30], // 2025-03-05T22:30Z: before the window
    ]);
    const { status, body } = await get(t, url(m, '?period=last_7_days&as_of=2025-03-12'));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      mentor_id: m,
      mentor_name: 'Edge Case',
      period: 'last_7_days',
      start_date: '2025-03-06',
      end_date: '2025-03-12',
      total_activities: 3,
    });
    expect(Object.keys(body)).toEqual([
      'mentor_id',
      'mentor_name',
      'period',
      'start_date',
      'end_date',
      'total_activities',
      'completed_activities',
      'cancelled_activities',
      'completion_rate',
      'avg_session_duration_minutes',
      'total_hours_logged',
      'most_common_activity_type',
      'most_active_weekday',
      'peer_rank_percentile',
      'streak_days',
    ]);
  });

  it('derives every window from as_of: last_N_days starts N-1 days before, year_to_date on 1 January, all_time at the first activity', async () => {
    const m = await freshMentor(t, ORG);
    await insertActivities(t, m, ORG, [
      [2, 'completed', '2023-07-04T10:00:00Z', 60],
      [2, 'completed', '2025-01-01T00:00:00Z', 60],
      [2, 'completed', '2025-02-28T10:00:00Z', 60],
    ]);
    const starts: Record<string, [string, number]> = {
      last_30_days: ['2025-01-30', 1],
      last_90_days: ['2024-12-01', 2],
      last_365_days: ['2024-03-01', 2],
      year_to_date: ['2025-01-01', 2],
      all_time: ['2023-07-04', 3],
    };
    for (const [period, [start, total]] of Object.entries(starts)) {
      const { body } = await get(t, url(m, `?period=${period}&as_of=2025-02-28`));
      expect([period, body.start_date, body.end_date, body.total_activities]).toEqual([
        period,
        start,
        '2025-02-28',
        total,
      ]);
    }
    expect((await get(t, url(m, '?as_of=2025-02-28'))).body.period).toBe('last_30_days');
  });

  it('computes rates, averages and hours with the documented rounding', async () => {
    const m = await freshMentor(t, ORG);
    await insertActivities(t, m, ORG, [
      [1, 'completed', '2025-03-10T09:00:00Z', 50],
      [1, 'completed', '2025-03-10T10:00:00Z', 51],
      [3, 'cancelled', '2025-03-11T09:00:00Z', 200],
      [1, 'completed', '2025-03-11T11:00:00Z', 20],
    ]);
    const { body } = await get(t, url(m, '?period=last_7_days&as_of=2025-03-12'));
    expect(body).toMatchObject({
      total_activities: 4,
      completed_activities: 3,
      cancelled_activities: 1,
      completion_rate: 0.75,
      avg_session_duration_minutes: 40,
      total_hours_logged: 2.0,
    }); // 121/3 = 40.3; 121/60 = 2.02
    await insertActivities(t, m, ORG, [
      [1, 'cancelled', '2025-03-12T09:00:00Z', 10],
      [1, 'cancelled', '2025-03-12T10:00:00Z', 10],
    ]);
    const again = (await get(t, url(m, '?period=last_7_days&as_of=2025-03-12'))).body;
    expect([again.completion_rate, again.cancelled_activities]).toEqual([0.5, 3]);
    await insertActivities(t, m, ORG, [[1, 'completed', '2025-03-12T11:00:00Z', 19]]); // 4 of 7 = 0.5714; 140/60 = 2.33; 140/4 = 35
    const third = (await get(t, url(m, '?period=last_7_days&as_of=2025-03-12'))).body;
    expect([third.completion_rate, third.total_hours_logged, third.avg_session_duration_minutes]).toEqual([
      0.571, 2.3, 35,
    ]);
  });

  it('breaks ties of the most common type by key and of the weekday by the earliest from Monday; null when empty', async () => {
    const m = await freshMentor(t, ORG);
    // Sunday 2025-03-09 x2 (check_in, one_on_one_session), Tuesday 2025-03-11 x2 (both types).
    await insertActivities(t, m, ORG, [
      [1, 'completed', '2025-03-09T10:00:00Z', 30],
      [3, 'cancelled', '2025-03-09T11:00:00Z', 30],
      [1, 'completed', '2025-03-11T10:00:00Z', 30],
      [3, 'completed', '2025-03-11T11:00:00Z', 30],
    ]);
    const { body } = await get(t, url(m, '?period=last_7_days&as_of=2025-03-12'));
    expect([body.most_common_activity_type, body.most_active_weekday]).toEqual(['check_in', 'Tuesday']);
    const empty = (await get(t, url(m, '?period=last_7_days&as_of=2026-01-31'))).body;
    expect(empty).toMatchObject({
      total_activities: 0,
      completed_activities: 0,
      cancelled_activities: 0,
      completion_rate: 0,
      avg_session_duration_minutes: 0,
      total_hours_logged: 0,
      most_common_activity_type: null,
      most_active_weekday: null,
      streak_days: 0,
    });
  });

  it('counts the streak back from as_of, or from the day before when as_of has no completed activity yet', async () => {
    const m = await freshMentor(t, ORG);
    await insertActivities(t, m, ORG, [
      [1, 'completed', '2025-03-08T10:00:00Z', 30],
      [1, 'completed', '2025-03-10T10:00:00Z', 30],
      [1, 'completed', '2025-03-11T23:30:00Z', 30],
      [1, 'completed', '2025-03-12T08:00:00+01:00', 30], // 03-12 07:00Z
      [1, 'cancelled', '2025-03-13T10:00:00Z', 30],
      [1, 'completed', '2025-03-09T01:00:00+02:00', 30],
    ]); // 03-08 23:00Z
    const streak = async (asOf: string) => (await get(t, url(m, `?as_of=${asOf}`))).body.streak_days;
    expect(await streak('2025-03-12')).toBe(3); // 10, 11, 12 (9th empty)
    expect(await streak('2025-03-13')).toBe(3); // 13th only cancelled: from the 12th
    expect(await streak('2025-03-14')).toBe(0); // neither the 14th nor the 13th
    expect(await streak('2025-03-08')).toBe(1);
  });

  it('ranks against the other mentors of the organisation by completed activities in the window, strictly fewer', async () => {
    const org = 'org_t4_peers';
    const [a, b, c, d] = [
      await freshMentor(t, org),
      await freshMentor(t, org),
      await freshMentor(t, org),
      await freshMentor(t, org),
    ];
    const done = (n: number, day = '2025-03-10') =>
      Array.from({ length: n }, () => [1, 'completed', `${day}T10:00:00Z`, 30] as [1, 'completed', string, number]);
    await insertActivities(t, a, org, done(3));
    await insertActivities(t, b, org, [...done(1), ...done(5, '2024-01-10')]); // many, but outside the window
    await insertActivities(t, c, org, done(3));
    await insertActivities(t, d, org, [[1, 'cancelled', '2025-03-10T10:00:00Z', 30]]);
    const pct = async (id: string, q = '?as_of=2025-03-12') => (await get(t, url(id, q))).body.peer_rank_percentile;
    expect(await pct(a)).toBe(67); // b (1) and d (0) of 3 others; c ties
    expect(await pct(d)).toBe(0);
    expect(await pct(b)).toBe(33); // d only
    expect(await pct(b, '?as_of=2025-03-12&period=all_time')).toBe(100); // 6 completed overall
    const alone = await freshMentor(t, 'org_t4_alone');
    expect(await pct(alone)).toBe(100);
  });

  it('reads the org totals once per window: a repeat asks one cheap probe, a peer write recounts only that peer', async () => {
    const org = 'org_t9_peer_cache';
    const [a, b, c] = [await freshMentor(t, org), await freshMentor(t, org), await freshMentor(t, org)];
    const done = (n: number) =>
      Array.from({ length: n }, () => [1, 'completed', '2025-03-10T10:00:00Z', 30] as [1, 'completed', string, number]);
    await insertActivities(t, a, org, done(2));
    await insertActivities(t, b, org, done(1));
    await insertActivities(t, c, org, done(3));
    const pct = async (id: string) => (await get(t, url(id, '?as_of=2025-03-12'))).body.peer_rank_percentile;
    /** The peer-rank statements of one request: whole-org reads, and the ids a catch-up counted again. */
    const reads = async (id: string) => {
      const { queries } = await t.database.statements.measure(() => pct(id));
      return {
        whole: queries.filter((q) => q.includes('array_agg')).length,
        recounts: queries.filter((q) => q.includes('r.mentor_id = any(')).length,
      };
    };
    expect(await reads(a)).toEqual({ whole: 1, recounts: 0 }); // first ask in this window: the whole org
    expect(await pct(a)).toBe(50); // b of b, c
    expect(await reads(b)).toEqual({ whole: 0, recounts: 0 }); // same org, same window: from the kept totals
    expect(await pct(b)).toBe(0);
    await insertActivities(t, b, org, done(3)); // b: 4, now above a (2) and c (3)
    expect(await reads(a)).toEqual({ whole: 0, recounts: 1 }); // the roster moved: only b counted again
    expect(await pct(a)).toBe(0);
    expect(await pct(b)).toBe(100);
    expect(await pct(c)).toBe(50);
    const d = await freshMentor(t, org);
    await insertActivities(t, d, org, done(1)); // a new member below a
    expect(await pct(a)).toBe(33);
    expect(await pct(d)).toBe(0);
    expect(await pct(b)).toBe(100);
  });

  it('keeps the ranks right when a member leaves the organisation and through a burst of writes', async () => {
    const org = 'org_t9_peer_moves';
    const ids = [await freshMentor(t, org), await freshMentor(t, org), await freshMentor(t, org)];
    const done = (n: number) =>
      Array.from({ length: n }, () => [1, 'completed', '2025-03-10T10:00:00Z', 30] as [1, 'completed', string, number]);
    for (const [i, id] of ids.entries()) await insertActivities(t, id, org, done(i + 1)); // 1, 2, 3
    const pct = async (id: string) => (await get(t, url(id, '?as_of=2025-03-12'))).body.peer_rank_percentile;
    expect(await pct(ids[2])).toBe(100);
    // the top mentor moves to another organisation (stats learns it with their next activity)
    await insertActivities(t, ids[2], 'org_t9_elsewhere', done(1));
    expect(await pct(ids[1])).toBe(100); // above ids[0], the only other member now
    expect(await pct(ids[0])).toBe(0);
    // several writes between two reads, concurrent reads while they land: every answer is a real state's
    await Promise.all([insertActivities(t, ids[0], org, done(5)), pct(ids[1]), pct(ids[0])]);
    expect(await pct(ids[0])).toBe(100); // 6 against 2
    expect(await pct(ids[1])).toBe(0);
  });

  it('answers unknown mentor, bad period and bad as_of in the error shape', async () => {
    expect(await get(t, url('nobody-here'))).toEqual({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: "mentor 'nobody-here' was not found" } },
    });
    const m = await freshMentor(t, ORG);
    for (const q of ['?period=last_8_days', '?period=', '?as_of=2025-02-30', '?as_of=12-03-2025', '?as_of=2025-3-1']) {
      const r = await get(t, url(m, q));
      expect([q, r.status, r.body.error.code]).toEqual([q, 400, 'BAD_REQUEST']);
      expect(typeof r.body.error.message).toBe('string');
    }
  });
});
