// Mentor.detailVersion: changes whenever the mentors subgraph's part of the detail view changes; one statement per batch.
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

const version = async (id: string): Promise<string> =>
  (await t.graphql('query ($id: ID!) { mentor(id: $id) { detailVersion } }', { id })).data.mentor.detailVersion;

describe('Mentor.detailVersion', () => {
  it('loads the versions of a page of mentors in one statement', async () => {
    const { result, statements } = await t.database.statements.measure(() =>
      t.graphql('{ mentors(limit: 20) { items { id detailVersion } } }'),
    );
    const items = result.data.mentors.items as { detailVersion: string }[];
    expect(items).toHaveLength(20);
    expect(new Set(items.map((i) => i.detailVersion)).size).toBe(20);
    expect(statements).toBe(3); // page + total + one version batch
  });

  it('is stable while nothing changes', async () => {
    expect(await version('mentor-003')).toBe(await version('mentor-003'));
  });

  it.each([
    [
      'a status write',
      'mentor-003',
      sql`update mentors.mentor_statuses set last_updated = now() + interval '1 second' where mentor_id = 'mentor-003'`,
    ],
    [
      'a pause record change',
      'mentor-005',
      sql`update mentors.pause_records set updated_at = now() + interval '2 second' where mentor_id = 'mentor-005'`,
    ],
    ['a pause record deletion', 'mentor-009', sql`delete from mentors.pause_records where mentor_id = 'mentor-009'`],
    [
      'a certification change',
      'mentor-004',
      sql`update mentors.certifications set updated_at = now() + interval '3 second' where mentor_id = 'mentor-004'`,
    ],
    [
      'an assignment deletion',
      'mentor-006',
      sql`delete from mentors.assignments where id = (select min(id) from mentors.assignments where mentor_id = 'mentor-006')`,
    ],
  ])('changes on %s', async (_what, id, change) => {
    const before = await version(id);
    await t.database.db.execute(change);
    expect(await version(id)).not.toBe(before);
  });
});
