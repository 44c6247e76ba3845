// Stats' milestone feed agrees with the seed's own record of when thresholds were crossed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('stats milestone feed', () => {
  it('dates each crossed threshold as the milestones seed does, and totals agree with in-progress values', async () => {
    const { data, errors } = await t.graphql(`{ mentor(id: "mentor-005") {
      totals: activityTotals { totalHours uniqueContactsHelped activityCount }
      hours: thresholdCrossings(metric: HOURS_LOGGED, thresholds: [10, 100, 100000]) { threshold crossedAt }
      count: thresholdCrossings(metric: ACTIVITY_COUNT, thresholds: [10]) { threshold crossedAt }
      milestones { key status achievedAt achievedValue }
    } }`);
    expect(errors).toBeUndefined();
    const m = data.mentor;
    const seeded = Object.fromEntries(m.milestones.map((x: { key: string }) => [x.key, x]));
    expect(m.hours[0].crossedAt).toBe(seeded.milestone_10h.achievedAt);
    expect(m.hours[2]).toEqual({ threshold: 100000, crossedAt: null });
    expect(m.count[0].crossedAt).toBe(seeded.milestone_10activities.achievedAt);
    expect(seeded.milestone_10h.achievedValue).toBe(m.totals.totalHours);
  });

  it('limits totals to an inclusive date range and rejects a malformed date', async () => {
    const { data } = await t.graphql(
      '{ mentor(id: "mentor-005") { activityTotals(startDate: "2000-01-01", endDate: "2000-12-31") { activityCount totalHours } } }',
    );
    expect(data.mentor.activityTotals).toEqual({ activityCount: 0, totalHours: 0 });
    const bad = await t.graphql(
      '{ mentor(id: "mentor-005") { activityTotals(startDate: "yesterday") { activityCount } } }',
    );
    expect(bad.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(bad.errors?.[0].message).toMatch(/Date: expected a calendar date YYYY-MM-DD.*got 'yesterday'/);
  });
});
