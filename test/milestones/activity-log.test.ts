// achieved_at from a hand-made activity log, and the no-summary path (totals from stats through the federation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { addActivities, addMentor, byKey, detectBody, type LogEntry } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/**
 * 12 completed one-hour activities on 2024-03-01..12 at 10:00Z (contact of day 5 repeats day 1's) and one
 * cancelled 10-hour activity on 2024-03-02: 10 hours and 10 activities are reached on 03-10, 10 contacts on 03-11.
 */
const log: LogEntry[] = [
  ...Array.from({ length: 12 }, (_v, i) => ({
    at: `2024-03-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
    minutes: 60,
    contact: `c-${i === 4 ? 1 : i + 1}`,
  })),
  { at: '2024-03-02T12:00:00Z', minutes: 600, contact: 'c-99', cancelled: true },
];

const POST = '/api/v1/milestones';

describe('achieved_at from the activity log', () => {
  it('dates each milestone at the activity that really crossed it, ignoring cancelled ones', async () => {
    const id = await addMentor(t, 'ms-log-1');
    await addActivities(t, id, log);
    const res = await t.request(
      'POST',
      POST,
      detectBody(id, [12, 11, 12], { year: 2024, start_date: '2024-01-01', end_date: '2024-12-31' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const m = byKey(res.json().data);
    expect(m.milestone_10h.achieved_at).toBe('2024-03-10T10:00:00Z');
    expect(m.milestone_10activities.achieved_at).toBe('2024-03-10T10:00:00Z');
    expect(m.milestone_10contacts).toMatchObject({
      achieved_at: '2024-03-11T10:00:00Z',
      accessibility_label: 'You reached 10 unique contacts helped on March 11, 2024',
    });
  });

  it('uses the period end when the log crosses the threshold only after the period', async () => {
    const id = await addMentor(t, 'ms-log-2');
    await addActivities(t, id, log);
    const res = await t.request(
      'POST',
      POST,
      detectBody(id, [10, 0, 0], { year: 2024, start_date: '2024-03-01', end_date: '2024-03-05' }),
    );
    expect(byKey(res.json().data).milestone_10h.achieved_at).toBe('2024-03-05T23:59:59Z');
  });

  it('reproduces the contract example: 100 hours on July 14, 2025 and 47 of 50 contacts', async () => {
    const id = await addMentor(t, 'ms-log-3');
    await addActivities(t, id, [
      ...[1, 2, 3, 4].map((d) => ({ at: `2025-07-0${d}T09:00:00Z`, minutes: 1200, contact: `k-${d}` })),
      { at: '2025-07-14T16:30:00Z', minutes: 1200, contact: 'k-5' },
    ]);
    const res = await t.request('POST', POST, detectBody('ms-log-3', [312.5, 47, 198]));
    const m = byKey(res.json().data);
    expect(m.milestone_100h).toEqual({
      id: 'milestone_100h:ms-log-3',
      mentor_id: 'ms-log-3',
      name: '100 Hours Milestone',
      type: 'hours_logged',
      status: 'achieved',
      threshold: 100,
      achieved_value: 312.5,
      achieved_at: '2025-07-14T16:30:00Z',
      accessibility_label: 'You reached 100 hours of mentoring on July 14, 2025',
    });
    expect(m.milestone_300h.achieved_at).toBe('2025-12-31T23:59:59Z');
    expect(m.milestone_50contacts).toEqual({
      id: 'milestone_50contacts:ms-log-3',
      mentor_id: 'ms-log-3',
      name: '50 Unique Contacts',
      type: 'contacts_helped',
      status: 'in_progress',
      threshold: 50,
      achieved_value: 47,
      progress_percentage: 94,
      accessibility_label: 'You have helped 47 out of 50 unique contacts',
    });
  });
});

describe('no summary: the period totals come from the stats subgraph', () => {
  it('computes hours, distinct contacts and count of completed activities in the period, then updates on a wider period', async () => {
    const id = await addMentor(t, 'ms-log-4');
    await addActivities(t, id, log);
    const early = await t.request(
      'POST',
      POST,
      detectBody(id, undefined, { year: 2024, start_date: '2024-03-01', end_date: '2024-03-05' }),
    );
    expect(early.statusCode, early.body).toBe(200);
    expect(
      early
        .json()
        .data.map((d: { id: string; achieved_value: number; status: string }) => [
          d.id.split(':')[0],
          d.status,
          d.achieved_value,
        ]),
    ).toEqual([
      ['milestone_10h', 'in_progress', 5],
      ['milestone_10contacts', 'in_progress', 4],
      ['milestone_10activities', 'in_progress', 5],
    ]);

    const year = await t.request('POST', POST, { mentor_id: id, period: { year: 2024 } });
    const m = byKey(year.json().data);
    expect(m.milestone_10h).toMatchObject({
      status: 'achieved',
      achieved_value: 12,
      achieved_at: '2024-03-10T10:00:00Z',
    });
    expect(m.milestone_50h).toMatchObject({ status: 'in_progress', achieved_value: 12, progress_percentage: 24 });
    expect(m.milestone_10contacts).toMatchObject({
      status: 'achieved',
      achieved_value: 11,
      achieved_at: '2024-03-11T10:00:00Z',
    });
    expect(m.milestone_25contacts).toMatchObject({
      status: 'in_progress',
      achieved_value: 11,
      progress_percentage: 44,
    });
    expect(m.milestone_50activities).toMatchObject({ status: 'in_progress', achieved_value: 12 });

    const stats = await t.graphql(
      `{ mentor(id: "${id}") { activityTotals(startDate: "2024-01-01", endDate: "2024-12-31") { totalHours uniqueContactsHelped activityCount } } }`,
    );
    expect(stats.data.mentor.activityTotals).toEqual({ totalHours: 12, uniqueContactsHelped: 11, activityCount: 12 });
  });

  it('gives zero totals for a mentor without activity in the period', async () => {
    const id = await addMentor(t, 'ms-log-5');
    const res = await t.request('POST', POST, {
      mentor_id: id,
      period: { start_date: '2023-01-01', end_date: '2023-06-30' },
    });
    expect(res.json().data.map((d: { progress_percentage: number }) => d.progress_percentage)).toEqual([0, 0, 0]);
  });
});
