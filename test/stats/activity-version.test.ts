// Mentor.activityVersion changes when a mentor's activities change, and a batch of mentors costs one statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const versionOf = async (id: string) =>
  (await t.graphql(`{ mentor(id: "${id}") { activityVersion } }`)).data.mentor.activityVersion as string;

describe('Mentor.activityVersion', () => {
  it('changes when an activity of the mentor is inserted and when one is changed, not for another mentor', async () => {
    const before = await versionOf('mentor-003');
    const other = await versionOf('mentor-004');
    await t.database.db.execute(sql`insert into stats.activities
      (id, mentor_id, org_id, activity_type_id, status, occurred_at, duration_minutes)
      values ('act_version_1', 'mentor-003', 'org_nansen_01', 'act_type_001', 'completed', now() - interval '1 day', 30)`);
    const afterInsert = await versionOf('mentor-003');
    expect(afterInsert).not.toBe(before);
    await t.database.db.execute(sql`update stats.activities set status = 'cancelled' where id = 'act_version_1'`);
    expect(await versionOf('mentor-003')).not.toBe(afterInsert);
    expect(await versionOf('mentor-004')).toBe(other);
  });

  it('resolves a page of mentors with one stats statement', async () => {
    const { result, statements, queries } = await t.database.statements.measure(() =>
      t.graphql('{ mentors(limit: 20) { items { id activityVersion } } }'),
    );
    expect(result.errors).toBeUndefined();
    expect(
      new Set(result.data.mentors.items.map((m: { activityVersion: string }) => m.activityVersion)).size,
    ).toBeGreaterThan(1);
    expect(queries.filter((q) => q.includes('"stats"')).length).toBe(1);
    expect(statements).toBeLessThanOrEqual(3);
  });
});
