// A kept detail snapshot is never served stale: writes, a new day, invalidation races; it survives app restarts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { buildApp } from '../../gateway/http/app.js';
import { markRefreshing, readSnapshot, saveSnapshot } from '../../gateway/rest/snapshots.js';
import { isoDate, isoSeconds } from '../../lib/dates.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const OLD = '2020-01-01T00:00:00Z';
const get = async (id: string) => {
  const res = await t.request('GET', `/api/v1/peer-mentor-bloc/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const exec = (q: ReturnType<typeof sql>) => t.database.db.execute(q);

/** Loads and keeps the view, then backdates loaded_at so a served snapshot is recognisable. */
async function keep(id: string) {
  const body = await get(id);
  await exec(sql`update rest.detail_snapshots set loaded_at = ${OLD} where mentor_id = ${id}`);
  expect((await get(id)).loaded_at).toBe(OLD);
  return body;
}

async function mutate(query: string, variables: Record<string, unknown>) {
  const res = await t.graphql(query, variables);
  expect(res.errors).toBeUndefined();
}

describe('a write that changes what the snapshot shows makes the next GET load afresh', () => {
  it('status change (updateMentorStatus)', async () => {
    const before = await keep('mentor-005');
    expect(before.profile.status).toBe('active');
    await mutate(
      `mutation ($id: ID!) { updateMentorStatus(mentorId: $id, input: { status: INACTIVE }) { mentorStatus { status } } }`,
      {
        id: 'mentor-005',
      },
    );
    const after = await get('mentor-005');
    expect(after.loaded_at).not.toBe(OLD);
    expect(after.profile).toMatchObject({ status: 'inactive', is_paused: false });
  });

  it('pause (createPauseRecord)', async () => {
    await keep('mentor-006');
    await mutate(
      `mutation ($id: ID!) { createPauseRecord(input: { mentorId: $id, reason: HEALTH }) { pauseRecord { id } } }`,
      {
        id: 'mentor-006',
      },
    );
    const after = await get('mentor-006');
    expect(after.loaded_at).not.toBe(OLD);
    expect(after.profile).toMatchObject({ status: 'paused', is_paused: true });
  });

  it('activity logged this month (logActivity)', async () => {
    const before = await keep('mentor-007');
    await mutate(`mutation ($input: LogActivityInput!) { logActivity(input: $input) { activity { id } } }`, {
      input: {
        mentorId: 'mentor-007',
        orgId: 'org_nansen_01',
        activityTypeId: 'act_type_001',
        occurredAt: isoSeconds(new Date()),
        durationMinutes: 30,
        status: 'COMPLETED',
      },
    });
    const after = await get('mentor-007');
    expect(after.loaded_at).not.toBe(OLD);
    expect(after.activity_summary.total_activities).toBe(before.activity_summary.total_activities + 1);
  });

  it('assignment opened and closed (mentors.assignments)', async () => {
    const before = await keep('mentor-008');
    await exec(
      sql`insert into mentors.assignments (id, mentor_id, contact_name, status) values ('assign_test_1', 'mentor-008', 'Test Person', 'open')`,
    );
    const opened = await get('mentor-008');
    expect(opened.loaded_at).not.toBe(OLD);
    expect(opened.active_assignments).toHaveLength(before.active_assignments.length + 1);
    await exec(sql`update rest.detail_snapshots set loaded_at = ${OLD} where mentor_id = 'mentor-008'`);
    await exec(
      sql`update mentors.assignments set status = 'closed', closed_at = now(), updated_at = now() where id = 'assign_test_1'`,
    );
    const closed = await get('mentor-008');
    expect(closed.loaded_at).not.toBe(OLD);
    expect(closed.active_assignments).toEqual(before.active_assignments);
  });

  it('certification renewed (mentors.certifications)', async () => {
    await keep('mentor-009');
    await exec(sql`insert into mentors.certifications (id, mentor_id, name, issued_date, expiry_date)
      values ('cert-test-1', 'mentor-009', 'Peer Mentor Certification', '2026-01-01', '2099-12-31')`);
    const after = await get('mentor-009');
    expect(after.loaded_at).not.toBe(OLD);
    expect(after.certification).toMatchObject({ expiry_date: '2099-12-31T00:00:00Z', is_within_warning_window: false });
  });

  it('a write to another mentor leaves this snapshot current', async () => {
    await keep('mentor-011');
    await exec(
      sql`insert into mentors.assignments (id, mentor_id, contact_name, status) values ('assign_test_2', 'mentor-012', 'Other', 'open')`,
    );
    expect((await get('mentor-011')).loaded_at).toBe(OLD);
  });
});

describe('the date', () => {
  it('a snapshot built on an earlier UTC day is reloaded (days until expiry and "this month" move)', async () => {
    await keep('mentor-013');
    await exec(sql`update rest.detail_snapshots set as_of = as_of - 1 where mentor_id = 'mentor-013'`);
    const after = await get('mentor-013');
    expect(after.loaded_at).not.toBe(OLD);
    expect((await readSnapshot(t.database.db, 'mentor-013'))?.asOf).toBe(isoDate(new Date()));
  });
});

describe('the query shape', () => {
  it('a snapshot kept by an older detail query is reloaded, not served', async () => {
    await keep('mentor-016');
    await exec(
      sql`update rest.detail_snapshots set body = jsonb_set(body, '{format}', '"older"') where mentor_id = 'mentor-016'`,
    );
    expect((await get('mentor-016')).loaded_at).not.toBe(OLD);
  });
});

describe('invalidation races', () => {
  it('a load begun before a Refresh may not overwrite what the Refresh invalidated', async () => {
    await keep('mentor-014');
    const begun = (await readSnapshot(t.database.db, 'mentor-014'))!.generation;
    const { previousLoadedAt, generation } = await markRefreshing(t.database.db, 'mentor-014', new Date());
    expect(previousLoadedAt?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(generation).toBe(begun + 1);
    const late = {
      mentorId: 'mentor-014',
      body: { id: 'late' },
      loadedAt: new Date(),
      asOf: isoDate(new Date()),
      detailVersion: 'x',
      activityVersion: 'y',
    };
    expect(await saveSnapshot(t.database.db, late, begun)).toBe(false);
    expect((await readSnapshot(t.database.db, 'mentor-014'))?.body).toBeNull();
    expect(await saveSnapshot(t.database.db, late, generation)).toBe(true);
  });
});

describe('snapshots live in the database', () => {
  it('are shared by two apps on one database and survive a restart', async () => {
    const a = await buildApp({ database: t.database, logLevel: 'silent' });
    const b = await buildApp({ database: t.database, logLevel: 'silent' });
    try {
      expect((await a.app.inject({ method: 'GET', url: '/api/v1/peer-mentor-bloc/mentor-015' })).statusCode).toBe(200);
      await exec(sql`update rest.detail_snapshots set loaded_at = ${OLD} where mentor_id = 'mentor-015'`);
      expect((await b.app.inject({ method: 'GET', url: '/api/v1/peer-mentor-bloc/mentor-015' })).json().loaded_at).toBe(
        OLD,
      );
    } finally {
      await a.close();
      await b.close();
    }
    const c = await buildApp({ database: t.database, logLevel: 'silent' });
    try {
      expect((await c.app.inject({ method: 'GET', url: '/api/v1/peer-mentor-bloc/mentor-015' })).json().loaded_at).toBe(
        OLD,
      );
    } finally {
      await c.close();
    }
  });
});
