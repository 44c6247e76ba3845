// monthly-series, activity-breakdown and contribution-history on hand-made data; totals agree across endpoints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { freshMentor, get, insertActivities, type Act } from './fixtures.js';

let t: TestApp;
let m: string;
const ORG = 'org_t4_series';
const base = (id: string) => `/api/v1/personal-stats/${id}`;
// Nov 2024 (2), nothing Dec 2024 – Jan 2025, Feb 2025 (3), Mar 2025 (1 + one after as_of 2025-03-12).
const acts: Act[] = [
  [1, 'completed', '2024-11-03T10:00:00Z', 60],
  [3, 'cancelled', '2024-11-30T23:30:00-01:00', 15], // = 2024-12-01T00:30Z
  [1, 'completed', '2025-02-01T00:00:00Z', 45],
  [3, 'completed', '2025-02-14T10:00:00Z', 20],
  [4, 'completed', '2025-02-28T10:00:00Z', 25],
  [3, 'completed', '2025-03-12T22:00:00Z', 21],
  [1, 'completed', '2025-03-13T10:00:00Z', 99],
];
beforeAll(async () => {
  t = await startTestApp();
  m = await freshMentor(t, ORG);
  await insertActivities(t, m, ORG, acts);
});
afterAll(async () => {
  await t?.close();
});

describe('monthly series', () => {
  it('lists every month from the first active month to as_of, zero months included, oldest first', async () => {
    const { status, body } = await get(t, `${base(m)}/monthly-series?as_of=2025-03-12`);
    expect(status).toBe(200);
    expect(
      body.data.map((r: { month_label: string; total_activities: number }) => `${r.month_label}:${r.total_activities}`),
    ).toEqual(['Nov 2024:1', 'Dec 2024:1', 'Jan 2025:0', 'Feb 2025:3', 'Mar 2025:1']);
    expect(body.data[3]).toEqual({
      year: 2025,
      month: 2,
      month_label: 'Feb 2025',
      total_activities: 3,
      completed_activities: 3,
      total_hours: 1.5,
    });
    expect(body.data[1]).toMatchObject({ completed_activities: 0, total_hours: 0 });
    expect(body.pagination).toEqual({ page: 1, limit: 20, total: 5 });
  });

  it('pages, takes an explicit range, and rejects bad ranges', async () => {
    const page = (await get(t, `${base(m)}/monthly-series?as_of=2025-03-12&page=2&limit=2`)).body;
    expect(page.data.map((r: { month: number }) => r.month)).toEqual([1, 2]);
    expect(page.pagination).toEqual({ page: 2, limit: 2, total: 5 });
    const range = (await get(t, `${base(m)}/monthly-series?as_of=2025-03-12&from=2024-10&to=2024-12`)).body;
    expect(range.data.map((r: { month_label: string }) => r.month_label)).toEqual(['Oct 2024', 'Nov 2024', 'Dec 2024']);
    expect((await get(t, `${base(m)}/monthly-series?as_of=2025-03-12&from=2025-02&to=2024-12`)).status).toBe(422);
    expect((await get(t, `${base(m)}/monthly-series?as_of=2025-03-12&to=2025-04`)).status).toBe(422);
    expect((await get(t, `${base(m)}/monthly-series?from=2025-13`)).body.error.code).toBe('BAD_REQUEST');
    const none = await freshMentor(t, ORG);
    expect((await get(t, `${base(none)}/monthly-series`)).body).toEqual({
      data: [],
      pagination: { page: 1, limit: 20, total: 0 },
    });
  });
});

describe('activity breakdown', () => {
  it('lists the types of the window by count (ties by key) with percentage, average and hours over completed', async () => {
    const { body } = await get(t, `${base(m)}/activity-breakdown?period=last_365_days&as_of=2025-03-12`);
    expect(body.data).toEqual([
      {
        activity_type_id: 'act_type_003',
        activity_type_name: 'Check-in',
        count: 3,
        percentage: 50,
        avg_duration_minutes: 21,
        total_hours: 0.7,
      },
      {
        activity_type_id: 'act_type_001',
        activity_type_name: 'One-on-One Session',
        count: 2,
        percentage: 33.3,
        avg_duration_minutes: 53,
        total_hours: 1.8,
      },
      {
        activity_type_id: 'act_type_004',
        activity_type_name: 'Phone Call',
        count: 1,
        percentage: 16.7,
        avg_duration_minutes: 25,
        total_hours: 0.4,
      },
    ]);
    expect(body.pagination).toEqual({ page: 1, limit: 20, total: 3 });
    expect((await get(t, `${base(m)}/activity-breakdown?period=last_7_days&as_of=2025-01-31`)).body.data).toEqual([]);
  });
});

describe('contribution history', () => {
  it('lists years with activity: 12 months of a past year, months up to as_of for the current one', async () => {
    const { body } = await get(t, `${base(m)}/contribution-history?as_of=2025-03-12`);
    expect(body.pagination).toEqual({ page: 1, limit: 20, total: 2 });
    const [y2024, y2025] = body.data;
    expect(y2024).toMatchObject({
      year: 2024,
      total_activities: 2,
      total_hours: 1,
      peak_month: 11,
      zero_activity_months: 10,
    });
    expect(y2024.monthly_breakdown).toHaveLength(12);
    expect(y2025.monthly_breakdown).toEqual([
      { month: 1, count: 0 },
      { month: 2, count: 3 },
      { month: 3, count: 1 },
    ]);
    expect(y2025).toMatchObject({ total_activities: 4, peak_month: 2, zero_activity_months: 1, total_hours: 1.9 });
    const ranged = (await get(t, `${base(m)}/contribution-history?as_of=2025-03-12&from_year=2025`)).body;
    expect(ranged.data.map((y: { year: number }) => y.year)).toEqual([2025]);
    expect((await get(t, `${base(m)}/contribution-history?from_year=2026&to_year=2025`)).status).toBe(422);
  });

  it('takes the earliest month when months tie for the peak', async () => {
    const other = await freshMentor(t, ORG);
    await insertActivities(t, other, ORG, [
      [1, 'completed', '2023-05-01T10:00:00Z', 30],
      [1, 'completed', '2023-09-01T10:00:00Z', 30],
    ]);
    const { body } = await get(t, `${base(other)}/contribution-history?as_of=2025-03-12`);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ year: 2023, peak_month: 5, zero_activity_months: 10 });
  });
});

describe('agreement across the four endpoints', () => {
  it('gives the same totals for one window', async () => {
    const q = 'as_of=2025-03-12';
    const summary = (await get(t, `${base(m)}?period=year_to_date&${q}`)).body;
    const series = (await get(t, `${base(m)}/monthly-series?from=2025-01&${q}`)).body.data;
    const breakdown = (await get(t, `${base(m)}/activity-breakdown?period=year_to_date&${q}`)).body.data;
    const year = (await get(t, `${base(m)}/contribution-history?from_year=2025&${q}`)).body.data[0];
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(summary.total_activities).toBe(4);
    expect(sum(series.map((r: { total_activities: number }) => r.total_activities))).toBe(4);
    expect(sum(breakdown.map((r: { count: number }) => r.count))).toBe(4);
    expect(year.total_activities).toBe(4);
    expect(sum(series.map((r: { completed_activities: number }) => r.completed_activities))).toBe(
      summary.completed_activities,
    );
    expect(year.total_hours).toBe(summary.total_hours_logged);
  });

  it('answers 404 for an unknown mentor on every endpoint', async () => {
    for (const suffix of ['', '/monthly-series', '/activity-breakdown', '/contribution-history']) {
      const r = await get(t, `/api/v1/personal-stats/api/v1/personal-stats/ghost${suffix}`);
      expect([suffix, r.status, r.body.error.code]).toEqual([suffix, 404, 'NOT_FOUND']);
    }
  });
});
