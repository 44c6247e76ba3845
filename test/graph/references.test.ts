// References are objects and closed sets enums (issue 16 item 1): the activity type of statistics, the mentor of a
// record, and the typed known fields of a report — over GraphQL, while REST keeps the contracts' keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, createReport } from '../reports/support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('references return objects', () => {
  it('PersonalStats names its most common activity type as the ActivityType, and its weekday as a Weekday', async () => {
    const { data, errors } = await t.graphql(`{ mentor(id: "mentor-001") {
      personalStats(period: ALL_TIME) { mostCommonActivityType { id key displayName } mostActiveWeekday } } }`);
    expect(errors).toBeUndefined();
    const stats = data.mentor.personalStats;
    expect(stats.mostCommonActivityType).toMatchObject({ id: expect.stringMatching(/^act_type_/) });
    expect(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']).toContain(
      stats.mostActiveWeekday,
    );
    const rest = (await t.request('GET', '/api/v1/personal-stats/mentor-001?period=all_time')).json();
    expect(rest.most_common_activity_type).toBe(stats.mostCommonActivityType.key);
    expect(rest.most_active_weekday.toUpperCase()).toBe(stats.mostActiveWeekday);
    expect(rest.most_active_weekday).toMatch(/^[A-Z][a-z]+day$/);
  });

  it('a breakdown entry carries its ActivityType', async () => {
    const { data, errors } = await t.graphql(`{ mentor(id: "mentor-001") {
      activityBreakdown(period: ALL_TIME) { items { activityTypeId activityType { id displayName } activityTypeName } } } }`);
    expect(errors).toBeUndefined();
    const items = data.mentor.activityBreakdown.items as {
      activityTypeId: string;
      activityType: { id: string; displayName: string };
      activityTypeName: string;
    }[];
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) expect(e.activityType).toEqual({ id: e.activityTypeId, displayName: e.activityTypeName });
  });

  it('an activity, a status record and a pause record return their mentor', async () => {
    const [act] = await activitiesOf(t, 'mentor-002', 1);
    const { data, errors } = await t.graphql(`{
      activity(id: "${act.id}") { mentor { id fullName } }
      mentorStatus(mentorId: "mentor-002") { id mentor { id } }
      pauseRecords(mentorId: "mentor-002", limit: 1) { items { mentor { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data.activity.mentor).toMatchObject({ id: 'mentor-002', fullName: expect.any(String) });
    expect(data.mentorStatus).toEqual({ id: 'mentor-002', mentor: { id: 'mentor-002' } });
    expect(data.pauseRecords.items[0].mentor).toEqual({ id: 'mentor-002' });
  });
});

describe('a report types its known fields', () => {
  it('sessionDate is a Date and participantEngagement a ParticipantEngagement; null when absent', async () => {
    const [act] = await activitiesOf(t, 'mentor-008', 1);
    const full = await createReport(t, act, { session_date: '2026-03-20', participant_engagement: 'very_high' });
    const bare = await createReport(t, act, { venue: 'Library' });
    const { data, errors } = await t.graphql(`{
      a: report(id: "${full}") { sessionDate participantEngagement }
      b: report(id: "${bare}") { sessionDate participantEngagement } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      a: { sessionDate: '2026-03-20', participantEngagement: 'VERY_HIGH' },
      b: { sessionDate: null, participantEngagement: null },
    });
  });
});
